package org.homelabscaffold.answers;

/** Shape of an answer's value, which decides how it is parsed, prompted and written. */
public enum ValueKind {
    TEXT("a string"),
    INTEGER("a whole number"),
    BOOLEAN("true or false"),
    CHOICE("one of the listed values"),
    TEXT_LIST("a list of strings");

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
