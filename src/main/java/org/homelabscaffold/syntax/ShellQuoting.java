package org.homelabscaffold.syntax;

import java.util.regex.Pattern;

/** Quotes words for POSIX shells and bash. */
public final class ShellQuoting {

    /** Characters that stand for themselves in a shell word, so a word made only of them needs no quotes. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ShellQuoting() {}

    /** Returns {@code value} as one shell word: unchanged when it needs no quotes, else single-quoted. */
    public static String word(String value) {
        return PLAIN_WORD.matcher(value).matches() ? value : singleQuoted(value);
    }

    /** Returns {@code value} in single quotes, which the shell takes literally; a quote inside becomes '\''. */
    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
