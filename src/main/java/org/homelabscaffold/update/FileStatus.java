package org.homelabscaffold.update;

/** The status of a generated file in the project folder after homelab-scaffold last ran there. */
public enum FileStatus {
    /** homelab-scaffold wrote the file, or found it with exactly the generated text. */
    WRITTEN("written"),
    /** The user deleted a file homelab-scaffold wrote; updates do not bring it back unless asked. */
    DELETED("deleted"),
    /** The file existed with other content and homelab-scaffold left it alone, so it is the user's. */
    NOT_WRITTEN("notWritten");

    private final String key;

    FileStatus(String key) {
        this.key = key;
    }

    /** Returns the key that lists the files with this status in the state file. */
    String key() {
        return key;
    }
}
