package org.homelabscaffold.wizard.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.homelabscaffold.wizard.Option;

/**
 * The options of a question with a highlighted one, a filter typed by the user and, for list
 * questions, the set of checked options.
 */
final class ChoiceList {

    private final List<Option> options;
    private final TreeSet<Integer> checked = new TreeSet<>();
    private String filter = "";
    private int highlighted;

    ChoiceList(List<Option> options, int highlighted) {
        this.options = List.copyOf(options);
        this.highlighted = Math.max(0, highlighted);
    }

    /** Checks the options whose values are in {@code values}, for a list question's starting value. */
    void check(List<?> values) {
        for (int index = 0; index < options.size(); index++) {
            if (values.contains(options.get(index).value())) {
                checked.add(index);
            }
        }
    }

    /** Returns the indexes of the options whose label contains the filter. */
    List<Integer> visible() {
        List<Integer> indexes = new ArrayList<>();
        String needle = filter.toLowerCase(Locale.ROOT);
        for (int index = 0; index < options.size(); index++) {
            if (options.get(index).label().toLowerCase(Locale.ROOT).contains(needle)) {
                indexes.add(index);
            }
        }
        return indexes;
    }

    void move(int delta) {
        List<Integer> visible = visible();
        if (visible.isEmpty()) {
            return;
        }
        int position = Math.max(0, visible.indexOf(highlighted));
        position = Math.floorMod(position + delta, visible.size());
        highlighted = visible.get(position);
    }

    void type(char character) {
        filter += character;
        keepHighlightVisible();
    }

    void erase() {
        if (!filter.isEmpty()) {
            filter = filter.substring(0, filter.length() - 1);
            keepHighlightVisible();
        }
    }

    String filter() {
        return filter;
    }

    int highlightedIndex() {
        return highlighted;
    }

    /** Returns the highlighted option, or null when the filter hides every option. */
    Option highlightedOption() {
        return visible().contains(highlighted) ? options.get(highlighted) : null;
    }

    Option option(int index) {
        return options.get(index);
    }

    void toggle() {
        if (highlightedOption() != null && !checked.remove(highlighted)) {
            checked.add(highlighted);
        }
    }

    boolean isChecked(int index) {
        return checked.contains(index);
    }

    /** Returns the checked options' values, in option order. */
    List<Object> checkedValues() {
        return checked.stream().map(index -> options.get(index).value()).filter(Objects::nonNull).toList();
    }

    private void keepHighlightVisible() {
        List<Integer> visible = visible();
        if (!visible.isEmpty() && !visible.contains(highlighted)) {
            highlighted = visible.get(0);
        }
    }
}
