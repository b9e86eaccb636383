package org.homelabscaffold.wizard.prompt;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Signals;

/** Runs the line prompts on the process's own terminal, falling back to a dumb terminal when needed. */
public final class PlainLauncher {

    private PlainLauncher() {}

    public static WizardOutcome run(WizardFlow flow, PreviewSource previews, Path workingDirectory)
            throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true)
                .encoding(Charset.defaultCharset()).build()) {
            Object previousHandler = forwardInterrupts(terminal);
            try {
                return new LinePrompts(terminal, workingDirectory).run(flow, previews);
            } finally {
                if (previousHandler != null) {
                    Signals.unregister("INT", previousHandler);
                }
            }
        }
    }

    /**
     * Passes SIGINT to the terminal's own handlers, so Ctrl-C ends a prompt with a message. A JLine
     * dumb terminal (TERM=dumb) registers no SIGINT handler of its own, so the JVM would exit at once.
     * Returns the handler to restore, or null when the terminal handles SIGINT itself.
     */
    private static Object forwardInterrupts(Terminal terminal) {
        if (!Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            return null;
        }
        return Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
    }
}
