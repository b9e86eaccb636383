package org.homelabscaffold.update;

/**
 * One generated file in an update plan.
 *
 * @param path the path inside the project folder
 * @param outcome what the update does to it
 * @param current the file's text in the folder before the update, or null when it does not exist
 * @param generated the newly generated text, or null when the file is no longer generated
 * @param result the file's text after the update, or null when it stays missing
 * @param executable whether a written file gets the executable bit
 */
public record PlannedFile(String path, FileOutcome outcome, String current, String generated, String result,
        boolean executable) {

    /** Returns whether the file's text after the update still has conflict markers to resolve. */
    public boolean hasConflictMarkers() {
        return result != null && ConflictMarkers.isIn(result);
    }
}
