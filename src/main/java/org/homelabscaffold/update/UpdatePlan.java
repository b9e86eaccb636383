package org.homelabscaffold.update;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.output.ChangePlanner;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.output.GeneratedFile;

/**
 * What an update does to every generated file, and the file changes that carry it out. A dry run
 * prints the plan; a real run hands {@link #changes()} to a sink.
 *
 * @param previous the state before the update, or null when none was recorded
 * @param next the state after the update
 * @param files the outcome for each generated file, in render order
 * @param changes the project files to write, then the base copies, then the state file. The state
 *     file comes last so that an update interrupted while moving files into place leaves the old
 *     state, and the next update compares the files already moved against the old base.
 */
public record UpdatePlan(ProjectState previous, ProjectState next, List<PlannedFile> files, List<FileChange> changes) {

    public UpdatePlan {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
    }

    static UpdatePlan create(Path directory, ProjectState previous, ProjectState next, List<PlannedFile> files)
            throws IOException {
        List<FileChange> changes = new ArrayList<>();
        for (PlannedFile file : files) {
            if (file.outcome().writes()) {
                GeneratedFile written = new GeneratedFile(file.path(), file.result(), file.executable());
                FileChange.Action action = file.current() == null ? FileChange.Action.CREATE : FileChange.Action.REPLACE;
                changes.add(new FileChange(written, file.current(), action));
            }
        }
        for (FileChange change : ChangePlanner.plan(directory, StateFolder.files(next), true)) {
            if (change.writes()) {
                changes.add(change);
            }
        }
        return new UpdatePlan(previous, next, files, changes);
    }

    /** Returns whether the update writes nothing, not even the state. */
    public boolean writesNothing() {
        return changes.isEmpty();
    }

    /** Returns whether any file has conflict markers after the update, new or left from an earlier one. */
    public boolean hasConflicts() {
        for (PlannedFile file : files) {
            if (file.hasConflictMarkers()) {
                return true;
            }
        }
        return false;
    }
}
