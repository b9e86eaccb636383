package org.homelabscaffold.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.wizard.DetectedAnswers;
import org.homelabscaffold.wizard.Preview;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.prompt.LinePrompts;
import org.homelabscaffold.wizard.screen.ScreenWizard;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The wizard's part of {@link ArchiveTraining}. It types into both wizards on terminals in memory,
 * so the archive contains the Lanterna and JLine classes that the first screen needs. Each wizard
 * runs in a daemon thread with a time limit, so a wizard that waits for more input than it was
 * given cannot stop the training run from ending.
 */
final class WizardTraining {

    private static final long TIME_LIMIT_MILLIS = 10_000;

    private WizardTraining() {}

    static void run(Path scratch) {
        PreviewSource noPreview = answers -> new Preview(scratch, List.of(), List.of());
        runWithTimeLimit(() -> linePrompts(scratch, noPreview));
        runWithTimeLimit(() -> fullScreen(scratch, noPreview));
    }

    private static void linePrompts(Path scratch, PreviewSource previews) throws IOException {
        // A service name and Enter on the next question, then the end of input, which ends the wizard.
        byte[] typed = "web\n\n".getBytes(StandardCharsets.UTF_8);
        try (Terminal terminal = TerminalBuilder.builder().system(false).dumb(true).type("dumb")
                .streams(new ByteArrayInputStream(typed), OutputStream.nullOutputStream()).build()) {
            new LinePrompts(terminal, scratch).run(new WizardFlow(DetectedAnswers.none()), previews);
        }
    }

    private static void fullScreen(Path scratch, PreviewSource previews) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        for (char letter : "web".toCharArray()) {
            terminal.addInput(new KeyStroke(letter, false, false));
        }
        terminal.addInput(new KeyStroke(KeyType.Enter));
        terminal.addInput(new KeyStroke(KeyType.ArrowDown));
        // Ctrl-C ends the full-screen wizard.
        terminal.addInput(new KeyStroke('c', true, false));
        new ScreenWizard(terminal, Map.of(), scratch).run(new WizardFlow(DetectedAnswers.none()), previews);
    }

    private static void runWithTimeLimit(TrainingStep step) {
        Thread thread = new Thread(() -> {
            try {
                step.run();
            } catch (IOException | RuntimeException e) {
                // A failed step only leaves some classes out of the archive.
            }
        });
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(TIME_LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface TrainingStep {
        void run() throws IOException;
    }
}
