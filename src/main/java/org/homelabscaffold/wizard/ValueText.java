package org.homelabscaffold.wizard;

import java.util.List;
import org.homelabscaffold.answers.AnswerValue;

/** Formats answer values as the wizard shows them and as a user would type them. */
public final class ValueText {

    private ValueText() {}

    /** Returns the value for display: "none" for null and empty lists, "yes" or "no" for booleans. */
    public static String display(Object value) {
        if (value instanceof List<?> list && list.isEmpty()) {
            return "none";
        }
        return value == null ? "none" : editable(value);
    }

    /** Returns the value as text that {@code ValueParser.parseText} reads back: lists comma-separated. */
    public static String editable(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof AnswerValue choice) {
            return choice.key();
        }
        if (value instanceof Boolean bool) {
            return bool ? "yes" : "no";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
