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
                err.println("kept " + path + ": it exists with other content; run again with --dry-run to see the"
                        + " difference, or --force to replace it");
            } else if (!dryRun) {
                out.println(change.action().label() + " " + directory.resolve(path).normalize());
            }
        }
        out.flush();
        err.flush();
    }
}
