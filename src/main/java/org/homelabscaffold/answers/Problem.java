package org.homelabscaffold.answers;

import java.util.List;

/**
 * One thing wrong with the answers, located as precisely as the input allows.
 *
 * @param source file name, or {@code --set} for command-line answers
 * @param line 1-based line in {@code source}, or 0 when unknown
 * @param key dotted answers key, or empty for the whole file
 * @param message what is wrong, with the value given and what is allowed
 * @param hint what to do instead, or empty
 */
public record Problem(String source, int line, String key, String message, String hint) {

    /**
     * Formats the problem as one line: {@code answers.yaml:4: base: ...; hint: ...}. Control
     * characters from the input are shown escaped, so no value can start a line of its own.
     */
    public String format() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!key.isEmpty()) {
            text.append(key).append(": ");
        }
        text.append(message);
        if (!hint.isEmpty()) {
            text.append("; ").append(hint);
        }
        return escapeControl(text.toString());
    }

    /** Replaces control characters with visible escapes such as {@code \n}. */
    /**
     * Removes the problems that the answers file has with {@code key} or with any key below it, such
     * as {@code services.api.port} below {@code services.api}, because a valid {@code --set} replaced
     * that value.
     */
    static void dropOverridden(List<Problem> problems, String key) {
        problems.removeIf(problem -> !problem.source().equals("--set")
                && (problem.key().equals(key) || problem.key().startsWith(key + ".")));
    }

    public static String escapeControl(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            switch (character) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (Character.isISOControl(character)) {
                        escaped.append(String.format("\\u%04x", (int) character));
                    } else {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Quotes a value for a message, with control characters made visible so the message stays one line. */
    public static String quote(Object value) {
        StringBuilder quoted = new StringBuilder("'").append(escapeControl(String.valueOf(value)));
        int maxLength = 80;
        if (quoted.length() > maxLength) {
            quoted.setLength(maxLength);
            quoted.append("...");
        }
        return quoted.append('\'').toString();
    }
}
