package org.homelabscaffold.syntax;

import java.util.List;
import java.util.regex.Pattern;

/** Writes strings as YAML scalars that read back as exactly the same string. */
public final class YamlQuoting {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./:@+-]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|y|n|null|~)|[-+]?[0-9][0-9_.eE+-]*|0[xXoO][0-9a-fA-F]+|\\.(inf|nan)");

    private YamlQuoting() {}

    /** Returns {@code value} plain when that is unambiguous, else double-quoted with escapes. */
    public static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !LOOKS_TYPED.matcher(value).matches() && !value.endsWith(":")) {
            return value;
        }
        return doubleQuoted(value);
    }

    /** Returns {@code value} in double quotes, escaping backslashes, quotes and control characters. */
    public static String doubleQuoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char character : value.toCharArray()) {
            switch (character) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (Character.isISOControl(character)) {
                        quoted.append(String.format("\\u%04x", (int) character));
                    } else {
                        quoted.append(character);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** Returns a flow sequence such as {@code [linux/amd64, linux/arm64]}. */
    public static String flowSequence(List<String> values) {
        return "[" + String.join(", ", values.stream().map(YamlQuoting::scalar).toList()) + "]";
    }
}
