package org.homelabscaffold.answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line it starts on, so problems can name the line. */
sealed interface YamlNode {

    int line();

    /** A scalar: {@code value} is a String, Boolean, Integer, Long, Double or null; {@code text} is as written. */
    record Scalar(Object value, String text, int line) implements YamlNode {}

    record Sequence(List<YamlNode> items, int line) implements YamlNode {}

    /** A mapping whose entries keep the file's order and the line of each key. */
    record Mapping(LinkedHashMap<String, Entry> entries, int line) implements YamlNode {

        public Map<String, Entry> asMap() {
            return entries;
        }
    }

    record Entry(String key, int keyLine, YamlNode value) {}

    static String describe(YamlNode node) {
        if (node instanceof Scalar scalar) {
            return scalar.value() == null ? "null" : Problem.quote(scalar.text());
        }
        return node instanceof Sequence ? "a list" : "a mapping";
    }
}
