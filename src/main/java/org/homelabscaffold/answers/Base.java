package org.homelabscaffold.answers;

/** Runtime base image family of the final stage. */
public enum Base implements AnswerValue {
    SCRATCH("scratch"),
    DISTROLESS("distroless"),
    ALPINE("alpine"),
    SLIM("slim");

    private final String key;

    Base(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Returns true for bases without a shell or package manager, where nothing can be installed. */
    public boolean isShellless() {
        return this == SCRATCH || this == DISTROLESS;
    }
}
