package org.homelabscaffold.update;

/** The action an update takes on one generated file. */
public enum FileOutcome {
    /** The file already has the newly generated text. */
    UNCHANGED("unchanged", "unchanged", false),
    /** The user had not edited the file, so the new text replaces it. */
    UPDATED("updated", "updated", true),
    /** Both the user and the new text changed the file, in different places. */
    MERGED("merged", "merged cleanly", true),
    /** Both changed the same lines; the file gets conflict markers to resolve by hand. */
    CONFLICT("conflict", "conflict", true),
    /** The user deleted the file; it stays deleted. */
    KEPT_DELETED("kept-deleted", "kept deleted", false),
    /** The user edited the file and the new text changes nothing, so the edits stay as they are. */
    KEPT_EDITED("kept-edited", "kept (user edit)", false),
    /** The file was not written by homelab-scaffold and differs from the generated one, so it is left alone. */
    KEPT_NOT_GENERATED("kept-not-generated", "kept (your file)", false),
    /** The file was missing or had no record, and is written. */
    NEW("new", "new", true),
    /** The user asked for the generated file, and it replaces or recreates the one in the folder. */
    RESTORED("restored", "restored", true),
    /** The answers no longer generate this file; it is left in the folder and no longer tracked. */
    NO_LONGER_GENERATED("no-longer-generated", "kept (no longer generated)", false);

    private final String id;
    private final String label;
    private final boolean writes;

    FileOutcome(String id, String label, boolean writes) {
        this.id = id;
        this.label = label;
        this.writes = writes;
    }

    /** Returns the identifier used in JSON output. */
    public String id() {
        return id;
    }

    /** Returns the words shown in plans and reports. */
    public String label() {
        return label;
    }

    public boolean writes() {
        return writes;
    }

    /** Returns the status recorded for the file after the update. */
    FileStatus statusAfter() {
        return switch (this) {
            case KEPT_DELETED -> FileStatus.DELETED;
            case KEPT_NOT_GENERATED -> FileStatus.NOT_WRITTEN;
            default -> FileStatus.WRITTEN;
        };
    }
}
