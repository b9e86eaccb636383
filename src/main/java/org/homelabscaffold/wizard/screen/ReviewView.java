package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.homelabscaffold.answers.InvalidAnswersException;
import org.homelabscaffold.answers.Problem;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.wizard.Preview;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;

/**
 * The last screen: a Summary tab with every answer, and one tab per file to be written with its
 * full text. From here the user changes an answer, writes the files or saves the answers.
 *
 * <pre>
 *  homelab-scaffold new                                              review
 *  [Summary] Dockerfile .dockerignore compose.yaml buildx.sh .homelab-...
 *  --------------------------------------------------------------------
 *  Answers: Enter changes the highlighted one.
 *  > Service name        photos                  your answer
 *  ...
 *  Left/Right tab  Up/Down move  Enter change  w write  s save answers  Esc back
 * </pre>
 */
final class ReviewView implements View {

    private static final String KEYS = "Left/Right tab  Up/Down move  Enter change  w write  s save answers  Esc back";

    private final ScreenWizard wizard;
    private final WizardFlow flow;
    private final Path workingDirectory;
    private final SummaryTab summary;
    private final List<Scroller> fileScrollers = new ArrayList<>();
    private Preview preview;
    private String failure = "";
    private int tab;
    private String message = "";

    ReviewView(ScreenWizard wizard, WizardFlow flow, PreviewSource previews, Path workingDirectory) {
        this.wizard = wizard;
        this.flow = flow;
        this.workingDirectory = workingDirectory;
        load(previews);
        this.summary = new SummaryTab(flow, preview, failure);
        if (preview != null) {
            preview.changes().forEach(change -> fileScrollers.add(new Scroller()));
        }
    }

    @Override
    public void draw(Canvas canvas) {
        Frame.header(canvas, "review");
        drawTabs(canvas);
        canvas.rule(2, "");
        int top = 3;
        int rows = Frame.bottom(canvas) - top + 1;
        String status;
        if (tab == 0) {
            summary.draw(canvas, top, rows);
            status = "Answer " + (summary.selected() + 1) + " of " + summary.answerCount()
                    + ": Enter changes it; Left/Right shows each file.";
        } else {
            status = drawFile(canvas, top, rows);
        }
        Frame.footer(canvas, message.isEmpty() ? status : message,
                message.isEmpty() ? Palette.Role.MUTED : Palette.Role.ERROR, KEYS);
    }

    @Override
    public void handle(KeyStroke key) {
        message = "";
        Character typed = Keys.typed(key);
        if (Keys.isBack(key)) {
            flow.back();
            wizard.showNext();
        } else if (Keys.is(key, KeyType.ArrowLeft)) {
            tab = Math.floorMod(tab - 1, tabCount());
        } else if (Keys.is(key, KeyType.ArrowRight) || Keys.is(key, KeyType.Tab)) {
            tab = Math.floorMod(tab + 1, tabCount());
        } else if (typed != null && (typed == 'w' || typed == 'W')) {
            write();
        } else if (typed != null && (typed == 's' || typed == 'S')) {
            save();
        } else if (tab == 0 && Keys.is(key, KeyType.Enter)) {
            flow.edit(summary.selectedKey());
            wizard.showNext();
        } else if (tab == 0) {
            summary.handle(key);
        } else {
            fileScrollers.get(tab - 1).handle(key);
        }
    }

    private void load(PreviewSource previews) {
        try {
            preview = previews.preview(flow.given());
        } catch (InvalidAnswersException e) {
            failure = e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            failure = "The project folder could not be read: " + e.getMessage();
        }
    }

    private void write() {
        if (preview == null) {
            message = "Nothing can be written: " + failure.lines().findFirst().orElse("");
            return;
        }
        List<FileChange> differing = preview.differing();
        if (differing.isEmpty()) {
            wizard.finish(new WizardOutcome.Write(flow.given(), false));
        } else {
            wizard.show(new ConfirmView(wizard, this, flow.given(), differing));
        }
    }

    private void save() {
        if (preview == null) {
            message = "Nothing can be saved: " + failure.lines().findFirst().orElse("");
            return;
        }
        wizard.show(new SaveView(wizard, this, flow.given(), workingDirectory));
    }

    private int tabCount() {
        return 1 + fileScrollers.size();
    }

    private void drawTabs(Canvas canvas) {
        List<String> names = new ArrayList<>(List.of("Summary"));
        if (preview != null) {
            preview.changes().forEach(change -> names.add(change.file().path()));
        }
        int first = 0;
        while (first < tab && width(names, first, tab) > canvas.width() - 2) {
            first++;
        }
        int column = 1;
        for (int index = first; index < names.size() && column < canvas.width(); index++) {
            String label = index == tab ? "[" + names.get(index) + "]" : " " + names.get(index) + " ";
            canvas.text(column, 1, label, index == tab ? Palette.Role.HIGHLIGHT : Palette.Role.NORMAL);
            column += label.length();
        }
    }

    private static int width(List<String> names, int first, int last) {
        int width = 0;
        for (int index = first; index <= last; index++) {
            width += names.get(index).length() + 2;
        }
        return width;
    }

    private String drawFile(Canvas canvas, int top, int rows) {
        FileChange change = preview.changes().get(tab - 1);
        Scroller scroller = fileScrollers.get(tab - 1);
        List<String> lines = Scroller.numbered(change.file().content(), canvas.width() - 2);
        canvas.lines(1, top, rows, scroller.window(lines, rows), Palette.Role.NORMAL);
        return change.file().path() + ": " + describe(change) + ", " + scroller.position();
    }

    private static String describe(FileChange change) {
        return switch (change.action()) {
            case CREATE -> "new file";
            case UNCHANGED -> "same as the existing file";
            case KEEP, REPLACE -> "exists with other content, w asks before replacing it";
        };
    }
}
