package org.homelabscaffold.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.homelabscaffold.output.DiffSink;
import org.homelabscaffold.update.FileOutcome;
import org.homelabscaffold.update.PlannedFile;
import org.homelabscaffold.update.UpdatePlan;

/** Prints an update plan for a dry run: one line per file with its outcome, then unified diffs. */
final class UpdatePlanText {

    private UpdatePlanText() {}

    static void print(UpdatePlan plan, Path directory, PrintWriter out) {
        int width = plan.files().stream().mapToInt(file -> file.outcome().label().length()).max().orElse(0);
        for (PlannedFile file : plan.files()) {
            out.printf("%-" + width + "s  %s%n", file.outcome().label(), directory.resolve(file.path()).normalize());
        }
        for (PlannedFile file : plan.files()) {
            String diff = diff(file);
            if (!diff.isEmpty()) {
                out.println();
                out.print(diff);
            }
        }
        out.flush();
    }

    /**
     * Returns the diff of what the update writes, or, for a file kept because it is the user's,
     * the diff to the generated file that {@code --restore} would write.
     */
    static String diff(PlannedFile file) {
        if (file.outcome().writes()) {
            return DiffSink.diff(file.current(), file.result(), file.path());
        }
        if (file.outcome() == FileOutcome.KEPT_NOT_GENERATED) {
            return DiffSink.diff(file.current(), file.generated(), file.path());
        }
        return "";
    }
}
