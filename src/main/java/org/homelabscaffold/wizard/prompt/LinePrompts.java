package org.homelabscaffold.wizard.prompt;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The wizard as line prompts on a JLine terminal, for {@code --plain}, {@code TERM=dumb} and
 * terminals where the full-screen wizard cannot start. It asks the same questions in the same
 * order, and writes no file: it returns what the user decided.
 */
public final class LinePrompts {

    private final LineReader reader;
    private final PrintWriter out;
    private final Path workingDirectory;

    /**
     * Creates the prompts on {@code terminal}.
     *
     * @param workingDirectory the folder that a relative answers-file name is resolved against
     */
    public LinePrompts(Terminal terminal, Path workingDirectory) {
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                // Without this, JLine expands "!" in answers as a history reference.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        this.out = terminal.writer();
        this.workingDirectory = workingDirectory;
    }

    /** Asks until the user writes or saves; Ctrl-C and the end of input end the run with nothing written. */
    public WizardOutcome run(WizardFlow flow, PreviewSource previews) {
        out.println("Answer each question. Enter takes the value in [brackets], ? shows help, < goes back,"
                + " and Ctrl-C quits without writing anything.");
        QuestionPrompt questions = new QuestionPrompt(reader, out);
        ReviewPrompt review = new ReviewPrompt(reader, out, workingDirectory);
        try {
            while (true) {
                if (!flow.isComplete()) {
                    questions.ask(flow);
                    continue;
                }
                WizardOutcome outcome = review.run(flow, previews);
                if (outcome != null) {
                    return outcome;
                }
            }
        } catch (UserInterruptException e) {
            // A dumb terminal leaves the echoed ^C on the prompt line.
            out.println();
            return new WizardOutcome.Interrupted();
        } catch (EndOfFileException e) {
            // The prompt is still open on its line, so the command's message starts on the next one.
            out.println();
            return new WizardOutcome.InputEnded();
        } finally {
            out.flush();
        }
    }
}
