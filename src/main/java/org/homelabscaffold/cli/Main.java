package org.homelabscaffold.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import org.homelabscaffold.answers.InvalidAnswersException;
import org.homelabscaffold.answers.Problem;
import picocli.CommandLine;

/** Entry point: runs a command and maps every failure to one exit status. Only this class exits. */
public final class Main {

    /** Problems printed at most; a file with thousands of mistakes needs the first few, not all. */
    private static final int MAX_PROBLEMS = 50;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit status; used by tests in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return runCommand(args, out, err);
        } catch (LinkageError damaged) {
            // A missing or corrupt jar in target/lib surfaces here as a class that cannot be loaded.
            // A stack trace would hide that a rebuild fixes it.
            err.println("error: " + DamagedInstallation.describe(damaged));
            return ExitStatus.FAILED.code();
        }
    }

    private static int runCommand(String[] args, PrintStream out, PrintStream err) {
        OptionalInt status = FastPath.run(args, out, err);
        if (status.isPresent()) {
            return status.getAsInt();
        }
        OptionalInt finished = QuickUpdate.run(args, out, err);
        if (finished.isPresent()) {
            return finished.getAsInt();
        }
        CommandLine commandLine = createCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> report(exception, err));
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + exception.getMessage());
            err.println("Run '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitStatus.INVALID.code();
        });
        return commandLine.execute(args);
    }

    /**
     * Creates the picocli command line. Help is printed without colours, so it is the same text
     * that the fast path prints from {@code help/*.txt}.
     */
    static CommandLine createCommandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return commandLine;
    }

    /** Prints {@code exception} as error lines and returns the exit status it maps to. */
    static int report(Exception exception, PrintStream err) {
        if (exception instanceof InvalidAnswersException invalid) {
            List<Problem> problems = invalid.problems();
            problems.stream().limit(MAX_PROBLEMS).forEach(problem -> err.println("error: " + problem.format()));
            if (problems.size() > MAX_PROBLEMS) {
                err.println("error: ... and " + (problems.size() - MAX_PROBLEMS) + " more problems");
            }
            return ExitStatus.INVALID.code();
        }
        if (exception instanceof CommandException command) {
            err.println("error: " + Problem.escapeControl(command.getMessage()));
            return command.status().code();
        }
        if (exception instanceof java.io.IOException io) {
            err.println("error: " + IoErrors.describe(io) + "; no file was half-written");
            return ExitStatus.FAILED.code();
        }
        err.println("error: unexpected " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
        return ExitStatus.FAILED.code();
    }
}
