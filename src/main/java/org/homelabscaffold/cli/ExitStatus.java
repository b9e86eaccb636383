package org.homelabscaffold.cli;

/** Exit statuses of every command, documented in --help and the README. */
public enum ExitStatus {
    OK(0, "files written, or nothing to do"),
    FAILED(1, "reading or writing a file failed"),
    INVALID(2, "invalid answers, a combination that cannot work, or a usage error"),
    CONFLICT(3, "an update left conflicts to resolve"),
    INTERRUPTED(130, "interrupted with Ctrl-C; nothing was written");

    private final int code;
    private final String meaning;

    ExitStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Returns the table printed at the end of --help. */
    static String helpTable() {
        StringBuilder table = new StringBuilder("Exit status:%n");
        for (ExitStatus status : values()) {
            table.append(String.format("  %-4d%s%%n", status.code, status.meaning));
        }
        return table.toString();
    }
}
