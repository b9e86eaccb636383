package org.homelabscaffold.wizard;

import java.nio.file.Path;
import java.util.List;
import org.homelabscaffold.output.FileChange;

/**
 * What writing the answers would do, computed before anything is written.
 *
 * @param directory the project folder the files go to
 * @param changes one planned change per generated file, with the existing text where there is one
 * @param warnings costs of the chosen combination, as the non-interactive run prints them
 */
public record Preview(Path directory, List<FileChange> changes, List<String> warnings) {

    public Preview {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** Returns the changes to files that exist with other content, which need a confirmation to replace. */
    public List<FileChange> differing() {
        return changes.stream().filter(change -> change.action() == FileChange.Action.KEEP).toList();
    }
}
