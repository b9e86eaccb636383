package org.homelabscaffold.wizard.screen;

import java.util.List;
import org.homelabscaffold.wizard.Option;
import org.homelabscaffold.wizard.Step;

/** Draws a question's options: the filter line, then one row per option that matches it. */
final class OptionRows {

    private static final int MAX_LABEL_WIDTH = 20;

    private final Step step;
    private final ChoiceList choices;

    OptionRows(Step step, ChoiceList choices) {
        this.step = step;
        this.choices = choices;
    }

    void draw(Canvas canvas, int top, int rows, int width) {
        if (choices.filter().isEmpty()) {
            canvas.text(1, top, "Type to filter", Palette.Role.MUTED);
        } else {
            canvas.text(1, top, "Filter: " + choices.filter(), Palette.Role.NORMAL);
        }
        List<Integer> visible = choices.visible();
        if (visible.isEmpty()) {
            canvas.text(3, top + 1, "No option matches the filter.", Palette.Role.ERROR);
            return;
        }
        int optionRows = Math.max(1, rows - 1);
        int position = Math.max(0, visible.indexOf(choices.highlightedIndex()));
        int first = Math.max(0, position - optionRows + 1);
        for (int row = 0; row < optionRows && first + row < visible.size(); row++) {
            drawOption(canvas, top + 1 + row, width, visible.get(first + row));
        }
    }

    private void drawOption(Canvas canvas, int row, int width, int index) {
        Option option = choices.option(index);
        boolean highlighted = index == choices.highlightedIndex();
        String box = "";
        if (step.isMultipleChoice()) {
            box = choices.isChecked(index) ? "[x] " : "[ ] ";
        }
        String label = (highlighted ? "> " : "  ") + box + Fit.pad(option.label(), labelWidth() + 2);
        String mark = mark(option, index);
        if (highlighted) {
            canvas.bar(1, row, width, label + mark, Palette.Role.HIGHLIGHT);
            return;
        }
        canvas.text(1, row, Fit.cut(label, width), option.isEnabled() ? Palette.Role.NORMAL : Palette.Role.DISABLED);
        if (label.length() < width) {
            Palette.Role role = option.isEnabled() ? Palette.Role.MARK : Palette.Role.DISABLED;
            canvas.text(1 + label.length(), row, Fit.cut(mark, width - label.length()), role);
        }
    }

    /** Returns "unavailable" for a rejected option, and where the proposed option's value comes from. */
    private String mark(Option option, int index) {
        if (!option.isEnabled()) {
            return "unavailable";
        }
        if (step.isSingleChoice() && index == step.proposedIndex()) {
            return "(" + step.proposal().origin() + ")";
        }
        return "";
    }

    private int labelWidth() {
        int width = 0;
        for (Option option : step.options()) {
            width = Math.max(width, option.label().length());
        }
        return Math.min(width, MAX_LABEL_WIDTH);
    }
}
