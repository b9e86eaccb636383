package org.homelabscaffold.syntax;

/** Quotes words for POSIX shells and bash. */
public final class ShellQuoting {

    private ShellQuoting() {}

    /** Returns {@code value} in single quotes, which the shell takes literally; a quote inside becomes '\''. */
    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
