package org.homelabscaffold.wizard.prompt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.homelabscaffold.wizard.DetectedAnswers;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Answers the first line prompts on a JLine terminal in memory, for the launcher's
 * class-data-sharing archive, so that the run loads the classes that the first prompt needs.
 */
public final class PromptTraining {

    private PromptTraining() {}

    public static void run(Path workingDirectory, PreviewSource previews) throws IOException {
        // A service name and Enter on the next question, then the end of input, which ends the prompts.
        byte[] typed = "web\n\n".getBytes(StandardCharsets.UTF_8);
        try (Terminal terminal = TerminalBuilder.builder().system(false).dumb(true).type("dumb")
                .streams(new ByteArrayInputStream(typed), OutputStream.nullOutputStream()).build()) {
            new LinePrompts(terminal, workingDirectory).run(new WizardFlow(DetectedAnswers.none()), previews);
        }
    }
}
