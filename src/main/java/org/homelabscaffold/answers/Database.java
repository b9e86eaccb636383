package org.homelabscaffold.answers;

/** Database that migrations run against. */
public enum Database implements AnswerValue {
    POSTGRES("postgres"),
    MARIADB("mariadb");

    private final String key;

    Database(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
