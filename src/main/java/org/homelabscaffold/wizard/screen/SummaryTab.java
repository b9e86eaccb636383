package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.wizard.Preview;
import org.homelabscaffold.wizard.SummaryLine;
import org.homelabscaffold.wizard.WizardFlow;

/** The review screen's Summary tab: every answer (one is highlighted), the files, the warnings and the notes. */
final class SummaryTab {

    /** One row of the tab; {@code answer} is the answer's index, or -1 for rows that cannot be highlighted. */
    private record Row(String text, Palette.Role role, int answer) {}

    private static final int TITLE_WIDTH = 22;
    private static final int VALUE_WIDTH = 30;

    private final List<SummaryLine> answers;
    private final Preview preview;
    private final String failure;
    private final List<String> notes;
    private int selected;
    private int offset;

    SummaryTab(WizardFlow flow, Preview preview, String failure) {
        this.answers = flow.summary();
        this.preview = preview;
        this.failure = failure;
        this.notes = flow.detected().notesFor(flow.answers());
    }

    int selected() {
        return selected;
    }

    int answerCount() {
        return answers.size();
    }

    String selectedKey() {
        return answers.get(selected).key();
    }

    /** Moves the highlight; past the last answer, Down and End scroll on to the rows below the answers. */
    void handle(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowUp -> move(-1);
            case ArrowDown -> move(1);
            case PageUp -> move(-10);
            case PageDown -> move(10);
            case Home -> {
                selected = 0;
                offset = 0;
            }
            case End -> {
                selected = answers.size() - 1;
                offset = Integer.MAX_VALUE;
            }
            default -> { }
        }
    }

    void draw(Canvas canvas, int top, int rows) {
        List<Row> content = rows(canvas.width() - 2);
        int selectedRow = selected + 1;
        offset = Math.max(Math.min(offset, selectedRow), selectedRow - rows + 1);
        offset = Math.max(0, Math.min(offset, Math.max(0, content.size() - rows)));
        for (int index = 0; index < rows && offset + index < content.size(); index++) {
            Row row = content.get(offset + index);
            if (row.answer() == selected) {
                String marked = ">" + row.text().substring(1);
                canvas.bar(1, top + index, canvas.width() - 2, marked, Palette.Role.HIGHLIGHT);
            } else {
                canvas.text(1, top + index, row.text(), row.role());
            }
        }
    }

    private void move(int delta) {
        int target = selected + delta;
        if (target >= answers.size()) {
            offset += target - answers.size() + 1;
        } else if (target < 0) {
            offset += target;
        }
        selected = Math.max(0, Math.min(answers.size() - 1, target));
    }

    private List<Row> rows(int width) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Answers: Enter changes the highlighted one.", Palette.Role.TITLE, -1));
        for (int index = 0; index < answers.size(); index++) {
            SummaryLine line = answers.get(index);
            String text = "  " + Fit.pad(Fit.cut(line.title(), TITLE_WIDTH), TITLE_WIDTH) + "  "
                    + Fit.pad(Fit.cut(line.value(), VALUE_WIDTH), VALUE_WIDTH) + "  " + line.origin();
            rows.add(new Row(text, Palette.Role.NORMAL, index));
        }
        rows.add(new Row("", Palette.Role.NORMAL, -1));
        if (preview == null) {
            rows.add(new Row("These answers cannot generate:", Palette.Role.ERROR, -1));
            failure.lines().forEach(line -> addWrapped(rows, line, width, Palette.Role.ERROR));
            return rows;
        }
        addFiles(rows);
        addList(rows, "Warnings:", preview.warnings(), width);
        addList(rows, "Detection notes:", notes, width);
        return rows;
    }

    private void addFiles(List<Row> rows) {
        rows.add(new Row("Files in " + preview.directory().toAbsolutePath().normalize() + ":", Palette.Role.TITLE, -1));
        for (FileChange change : preview.changes()) {
            String action = switch (change.action()) {
                case CREATE -> "new";
                case UNCHANGED -> "unchanged";
                case KEEP, REPLACE -> "differs";
            };
            rows.add(new Row("  " + Fit.pad(action, 11) + change.file().path(), Palette.Role.NORMAL, -1));
        }
    }

    private static void addList(List<Row> rows, String heading, List<String> items, int width) {
        if (items.isEmpty()) {
            return;
        }
        rows.add(new Row("", Palette.Role.NORMAL, -1));
        rows.add(new Row(heading, Palette.Role.TITLE, -1));
        items.forEach(item -> addWrapped(rows, "- " + item, width, Palette.Role.NORMAL));
    }

    private static void addWrapped(List<Row> rows, String text, int width, Palette.Role role) {
        for (String line : Fit.wrap(text, Math.max(1, width - 2))) {
            rows.add(new Row("  " + line, role, -1));
        }
    }
}
