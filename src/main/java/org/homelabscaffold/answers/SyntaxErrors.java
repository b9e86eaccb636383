package org.homelabscaffold.answers;

import com.fasterxml.jackson.core.exc.StreamReadException;

/** Turns YAML parser errors into a reason and a hint a user can act on, without parser internals. */
final class SyntaxErrors {

    private SyntaxErrors() {}

    static String reason(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = message.lines().findFirst().orElse("syntax error");
        if (message.contains("org.yaml.snakeyaml") || message.contains("got this instead")) {
            return "a key must be plain text, not a list or mapping";
        }
        return first;
    }

    static String hint(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("\\t") || message.contains("\t")) {
            return "indent with spaces; YAML does not allow tabs there";
        }
        return "check the indentation and quoting on that line";
    }
}
