package org.homelabscaffold.answers;

/** Programming language of the service, as written in answers files. */
public enum Language implements AnswerValue {
    GO("go", "Go"),
    PYTHON("python", "Python"),
    NODE("node", "Node.js");

    private final String key;
    private final String displayName;

    Language(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    @Override
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }
}
