package org.homelabscaffold.answers;

/** Whether the project is a long-running app or the one-shot migration runner itself. */
public enum Role implements AnswerValue {
    APP("app"),
    MIGRATION_SIDECAR("migration-sidecar");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
