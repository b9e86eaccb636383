package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.output.DiffSink;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.wizard.WizardOutcome;

/**
 * Asks before files that exist with other content are replaced, showing what would change in
 * each of them as a unified diff.
 */
final class ConfirmView implements View {

    private static final String KEYS = "r replace them  k keep them, write the rest  Up/Down scroll  Esc back";

    private final ScreenWizard wizard;
    private final View previous;
    private final AnswersReader.Given answers;
    private final List<FileChange> differing;
    private final Scroller scroller = new Scroller();

    ConfirmView(ScreenWizard wizard, View previous, AnswersReader.Given answers, List<FileChange> differing) {
        this.wizard = wizard;
        this.previous = previous;
        this.answers = answers;
        this.differing = List.copyOf(differing);
    }

    @Override
    public void draw(Canvas canvas) {
        Frame.header(canvas, "replace existing files?");
        List<String> names = differing.stream().map(change -> change.file().path()).toList();
        canvas.text(1, 1, Fit.cut((names.size() == 1 ? "This file exists" : "These files exist")
                + " with other content: " + String.join(", ", names), canvas.width() - 2), Palette.Role.TITLE);
        canvas.rule(2, "");
        int top = 3;
        int rows = Frame.bottom(canvas) - top + 1;
        List<String> window = scroller.window(diffLines(canvas.width() - 2), rows);
        for (int index = 0; index < window.size(); index++) {
            canvas.text(1, top + index, window.get(index), roleOf(window.get(index)));
        }
        Frame.footer(canvas, "Differences, " + scroller.position(), Palette.Role.MUTED, KEYS);
    }

    @Override
    public void handle(KeyStroke key) {
        Character typed = Keys.typed(key);
        if (Keys.isBack(key)) {
            wizard.show(previous);
        } else if (typed != null && Character.toLowerCase(typed) == 'r') {
            wizard.finish(new WizardOutcome.Write(answers, true));
        } else if (typed != null && Character.toLowerCase(typed) == 'k') {
            wizard.finish(new WizardOutcome.Write(answers, false));
        } else {
            scroller.handle(key);
        }
    }

    private List<String> diffLines(int width) {
        List<String> lines = new ArrayList<>();
        for (FileChange change : differing) {
            String diff = DiffSink.diff(change.existing(), change.file().content(), change.file().path());
            for (String line : diff.lines().toList()) {
                lines.addAll(Fit.chunk(line, width));
            }
        }
        return lines;
    }

    private static Palette.Role roleOf(String line) {
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@")) {
            return Palette.Role.MUTED;
        }
        if (line.startsWith("+")) {
            return Palette.Role.ADDED;
        }
        return line.startsWith("-") ? Palette.Role.REMOVED : Palette.Role.NORMAL;
    }
}
