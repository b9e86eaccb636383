package org.homelabscaffold.syntax;

/**
 * Writes strings for compose.yaml, where Compose interpolates {@code $VAR} in every value after
 * YAML parsing: a literal {@code $} must be written {@code $$}.
 */
public final class ComposeQuoting {

    private ComposeQuoting() {}

    /** Returns a YAML scalar that Compose reads back as exactly {@code value}. */
    public static String literal(String value) {
        return YamlQuoting.scalar(value.replace("$", "$$"));
    }
}
