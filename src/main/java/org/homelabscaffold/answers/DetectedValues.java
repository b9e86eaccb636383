package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.List;

/** Converts values detected in a project folder into answers, dropping any that are not valid. */
final class DetectedValues {

    private DetectedValues() {}

    /** Returns the parsed value, or null when the detected value is not a valid answer. */
    static Object parse(Question question, Object detected) {
        ValueParser.Result result = ValueParser.parse(question, toNode(detected));
        return result.isValid() ? result.value() : null;
    }

    private static YamlNode toNode(Object value) {
        if (value instanceof List<?> list) {
            List<YamlNode> items = new ArrayList<>();
            for (Object item : list) {
                items.add(toNode(item));
            }
            return new YamlNode.Sequence(items, 0);
        }
        return new YamlNode.Scalar(value, String.valueOf(value), 0);
    }
}
