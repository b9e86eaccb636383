package org.homelabscaffold.update;

import java.util.List;

/** The labels on the conflict markers an update writes, and a check for markers left unresolved. */
public final class ConflictMarkers {

    public static final String YOURS = "your version";
    public static final String BASE = "last generated";
    public static final String NEW = "new generated";

    private static final String OPENING = "<<<<<<< " + YOURS;

    private ConflictMarkers() {}

    /** Returns the names of the merged texts in the order of a three-way merge: base, ours, theirs. */
    static List<String> names() {
        return List.of(BASE, YOURS, NEW);
    }

    /** Returns whether {@code text} has a line that opens an update's conflict. */
    static boolean isIn(String text) {
        return text.startsWith(OPENING) || text.contains("\n" + OPENING);
    }
}
