package org.homelabscaffold.update;

/** Raised when the state folder cannot be used; the message explains how to recover. */
public final class InvalidStateException extends RuntimeException {

    public InvalidStateException(String message) {
        super(message);
    }
}
