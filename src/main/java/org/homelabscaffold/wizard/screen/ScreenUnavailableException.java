package org.homelabscaffold.wizard.screen;

import java.io.IOException;

/** Raised when the terminal cannot run the full-screen wizard, so the line prompts are used instead. */
public final class ScreenUnavailableException extends IOException {

    public ScreenUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
