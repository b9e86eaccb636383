package org.homelabscaffold.answers;

/** How the container reports that the service is healthy. */
public enum Healthcheck implements AnswerValue {
    /** An HTTP GET on {@code healthPath} that must answer 2xx or 3xx. */
    HTTP("http"),
    /** The binary's own {@code health} subcommand, for images without any probe tool. */
    SUBCOMMAND("subcommand"),
    NONE("none");

    private final String key;

    Healthcheck(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
