package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;

/** Runs the full-screen wizard on the process's own terminal and restores the terminal afterwards. */
public final class ScreenLauncher {

    private ScreenLauncher() {}

    /**
     * Runs the wizard on standard input and output.
     *
     * @throws ScreenUnavailableException when the terminal cannot be opened in full-screen mode
     */
    public static WizardOutcome run(WizardFlow flow, PreviewSource previews, Map<String, String> environment,
            Path workingDirectory) throws IOException {
        Terminal terminal = open();
        try {
            return new ScreenWizard(terminal, environment, workingDirectory).run(flow, previews);
        } finally {
            terminal.close();
        }
    }

    private static Terminal open() throws ScreenUnavailableException {
        try {
            // A text terminal only: on a desktop Lanterna would otherwise open a Swing window. Ctrl-C is
            // trapped so it arrives as a key, and the wizard can restore the screen before exiting.
            return new DefaultTerminalFactory(System.out, System.in, Charset.defaultCharset())
                    .setForceTextTerminal(true)
                    .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                    .createTerminal();
        } catch (IOException | RuntimeException e) {
            throw new ScreenUnavailableException("the terminal cannot be opened: " + e.getMessage(), e);
        }
    }
}
