package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Optional;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.wizard.SaveTarget;
import org.homelabscaffold.wizard.WizardOutcome;

/** Asks for the file to save the answers to, and confirms before an existing file is replaced. */
final class SaveView implements View {

    private static final String KEYS = "Enter save  Ctrl-U clear  Esc back  Ctrl-C quit";

    private final ScreenWizard wizard;
    private final View previous;
    private final AnswersReader.Given answers;
    private final Path workingDirectory;
    private final TextField field;
    private boolean confirming;
    private String message = "";

    SaveView(ScreenWizard wizard, View previous, AnswersReader.Given answers, Path workingDirectory) {
        this.wizard = wizard;
        this.previous = previous;
        this.answers = answers;
        this.workingDirectory = workingDirectory;
        this.field = new TextField(SaveTarget.proposedFileName(answers.answers().get("name")));
    }

    @Override
    public void draw(Canvas canvas) {
        Frame.header(canvas, "save answers");
        canvas.text(1, 2, "Save the answers to a file, to write the files later with", Palette.Role.NORMAL);
        canvas.text(3, 3, "homelab-scaffold new DIR --answers FILE", Palette.Role.MUTED);
        canvas.text(1, 5, "File:", Palette.Role.TITLE);
        int width = Math.max(1, canvas.width() - 9);
        canvas.text(7, 5, field.visible(width), field.isSelected() ? Palette.Role.HIGHLIGHT : Palette.Role.NORMAL);
        canvas.placeCursor(7 + field.visibleCursor(width), 5);
        canvas.text(1, 7, Fit.cut("A relative name starts at " + workingDirectory, canvas.width() - 2),
                Palette.Role.MUTED);
        Frame.footer(canvas, message, confirming ? Palette.Role.TITLE : Palette.Role.ERROR, KEYS);
    }

    @Override
    public void handle(KeyStroke key) {
        if (Keys.isBack(key)) {
            wizard.show(previous);
        } else if (Keys.is(key, KeyType.Enter)) {
            save();
        } else if (field.handle(key)) {
            confirming = false;
            message = "";
        }
    }

    private void save() {
        Optional<String> problem = SaveTarget.problem(workingDirectory, field.text());
        if (problem.isPresent()) {
            confirming = false;
            message = problem.get();
            return;
        }
        Path file = SaveTarget.resolve(workingDirectory, field.text()).orElseThrow();
        if (SaveTarget.exists(file) && !confirming) {
            confirming = true;
            message = "The file exists; press Enter again to replace it, or change the name.";
            return;
        }
        wizard.finish(new WizardOutcome.SaveAnswers(answers, file));
    }
}
