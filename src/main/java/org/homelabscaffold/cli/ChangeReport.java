package org.homelabscaffold.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.homelabscaffold.output.FileChange;

/** Prints what a run did to each file: results on standard output, kept files on standard error. */
final class ChangeReport {

    private ChangeReport() {}

    static void print(List<FileChange> changes, Path directory, boolean dryRun, PrintWriter out, PrintWriter err) {
        for (FileChange change : changes) {
            String path = change.file().path();
            if (change.action() == FileChange.Action.KEEP) {
                err.println(keptNote(path, directory, dryRun));
            } else if (!dryRun) {
                out.println(change.action().label() + " " + directory.resolve(path).normalize());
            }
        }
        out.flush();
        err.flush();
    }

    /**
     * Returns the advice for a file kept as it was. After a real run the folder counts as generated,
     * so {@code new --dry-run} would be rejected there, and only {@code update} can show or replace the file.
     */
    private static String keptNote(String path, Path directory, boolean dryRun) {
        if (dryRun) {
            return "kept " + path + ": it exists with other content; add --force to replace it";
        }
        return "kept " + path + ": it exists with other content; run '" + SuggestedCommand.update(directory,
                "--dry-run") + "' to see the difference, or '" + SuggestedCommand.update(directory, "--restore "
                + path) + "' to replace it";
    }
}
