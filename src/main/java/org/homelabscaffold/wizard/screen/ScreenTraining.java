package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.homelabscaffold.wizard.DetectedAnswers;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;

/**
 * Types into the full-screen wizard on Lanterna's virtual terminal, for the launcher's
 * class-data-sharing archive, so that the run loads the classes that the first screens need.
 */
public final class ScreenTraining {

    private ScreenTraining() {}

    public static void run(Path workingDirectory, PreviewSource previews) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        for (char letter : "web".toCharArray()) {
            terminal.addInput(new KeyStroke(letter, false, false));
        }
        terminal.addInput(new KeyStroke(KeyType.Enter));
        terminal.addInput(new KeyStroke(KeyType.ArrowDown));
        // Ctrl-C ends the wizard.
        terminal.addInput(new KeyStroke('c', true, false));
        new ScreenWizard(terminal, Map.of(), workingDirectory).run(new WizardFlow(DetectedAnswers.none()), previews);
    }
}
