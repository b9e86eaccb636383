package org.homelabscaffold.wizard.prompt;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Runs the line prompts on the process's own terminal, falling back to a dumb terminal when needed. */
public final class PlainLauncher {

    private PlainLauncher() {}

    public static WizardOutcome run(WizardFlow flow, PreviewSource previews, Path workingDirectory)
            throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true)
                .encoding(Charset.defaultCharset()).build()) {
            return new LinePrompts(terminal, workingDirectory).run(flow, previews);
        }
    }
}
