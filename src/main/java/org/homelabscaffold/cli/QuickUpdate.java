package org.homelabscaffold.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.homelabscaffold.update.InvalidStateException;
import org.homelabscaffold.update.ToolIdentity;
import org.homelabscaffold.update.UpToDateCheck;
import org.homelabscaffold.update.UpdatePlan;

/**
 * Finishes a plain {@code update [DIR]} before the command line is parsed, when the project is
 * already up to date. Building picocli's model of every command takes longer than the rest of such
 * a run, and its classes cannot be stored in a class-data-sharing archive. Anything else (another
 * option, a file to write, a conflict, an error) is left to {@link UpdateCommand}, which reports it.
 * Unlike that command, this path reads no answers, so it prints no warnings about them; they were
 * printed when the recorded answers file was last rendered.
 */
final class QuickUpdate {

    private QuickUpdate() {}

    /** Returns the exit status when the run is finished here, or empty when the full command must run. */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ToolIdentity.current());
    }

    /** Runs like {@link #run(String[], PrintStream, PrintStream)} as the build {@code tool}. */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err, ToolIdentity tool) {
        Path directory = plainUpdateFolder(args);
        if (directory == null) {
            return OptionalInt.empty();
        }
        try {
            Optional<UpdatePlan> plan = UpToDateCheck.plan(directory, tool);
            if (plan.isEmpty() || !plan.get().writesNothing() || plan.get().hasConflicts()) {
                return OptionalInt.empty();
            }
            UpdateReport report = new UpdateReport(directory, out, err);
            report.printNotes(plan.get());
            report.printWritten(plan.get());
            return OptionalInt.of(ExitStatus.OK.code());
        } catch (IOException | InvalidStateException e) {
            return OptionalInt.empty();
        }
    }

    /** Returns DIR for {@code update} or {@code update DIR}, or null for any other command line. */
    private static Path plainUpdateFolder(String[] args) {
        if (args.length == 0 || args.length > 2 || !args[0].equals("update")) {
            return null;
        }
        if (args.length == 1) {
            return Path.of(".");
        }
        if (args[1].startsWith("-")) {
            return null;
        }
        try {
            return Path.of(args[1]);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
