package org.homelabscaffold.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.detect.DetectedProject;
import org.homelabscaffold.detect.ProjectDetector;
import org.homelabscaffold.engine.Generation;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.ChangePlanner;
import org.homelabscaffold.output.DiffSink;
import org.homelabscaffold.output.DiskSink;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.output.FileSink;
import org.homelabscaffold.update.StateFolder;
import org.homelabscaffold.update.StateRecordingSink;
import org.homelabscaffold.update.ToolIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homelab-scaffold new}: generates a service's files from answers. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes Dockerfile, .dockerignore, compose.yaml, buildx.sh and the answers used"
                + " (.homelab-scaffold.yaml) into DIR. Answers come from --answers and --set; without them,"
                + " and with a terminal on standard input, a wizard asks for them.",
        footerHeading = "%n",
        footer = {
            "Existing files with other content are kept unless --force is given; --dry-run shows the difference."
                    + " Files homelab-scaffold wrote and nobody edited since are replaced.",
            "In the wizard, Ctrl-C quits with status 130 and input that ends early (Ctrl-D) with status 2.",
            "",
            "Exit status:",
            "  0   files written, or nothing to do",
            "  1   reading or writing a file failed",
            "  2   invalid answers, a combination that cannot work, or a usage error",
            "  130 interrupted with Ctrl-C; nothing was written"
        })
final class NewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project folder (default: current folder).")
    private Path directory = Path.of(".");

    @Option(names = "--answers", paramLabel = "FILE", description = "Answers file (YAML); see examples/.")
    private Path answersFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set one answer, overriding the answers file. Nested keys are dotted, such as"
                    + " migration.database=postgres; lists are comma-separated. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--dry-run", description = "Write nothing; print what would change as unified diffs.")
    private boolean dryRun;

    @Option(names = "--force", description = "Generate even in a folder generated before, and replace existing"
            + " files that have other content.")
    private boolean force;

    @Option(names = "--plain", description = "Ask with line prompts instead of the full-screen wizard, which is"
            + " also what happens with TERM=dumb.")
    private boolean plain;

    /** Output streams of the current run, set by {@link #execute} for picocli and the fast path alike. */
    private PrintWriter out;
    private PrintWriter err;

    /** Returns a command with its options set, as picocli would set them from a command line. */
    static NewCommand of(NewOptions options) {
        NewCommand command = new NewCommand();
        command.directory = options.directory();
        command.answersFile = options.answersFile();
        command.overrides = new ArrayList<>(options.overrides());
        command.dryRun = options.dryRun();
        command.force = options.force();
        command.plain = options.plain();
        return command;
    }

    NewOptions options() {
        return new NewOptions(directory, answersFile, overrides, dryRun, force, plain);
    }

    @Override
    public Integer call() throws IOException {
        return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the command with its options already set, both for picocli and for {@link FastPath}. */
    Integer execute(PrintWriter out, PrintWriter err) throws IOException {
        this.out = out;
        this.err = err;
        rejectGeneratedFolder();
        if (!AnswerInput.isGiven(answersFile, overrides)) {
            return InteractiveNew.run(directory, plain, detect(), this::write, out, err);
        }
        EarlyStart.begin();
        AnswersReader.Given given = AnswerInput.read(answersFile, overrides);
        DetectedProject detected = detect();
        DetectionReport.print(detected, given, err);
        return write(given, detected.answers(), force);
    }

    /** Sends a second new in one folder to update, which merges instead of keeping or replacing edited files. */
    private void rejectGeneratedFolder() {
        if (!force && java.nio.file.Files.exists(directory.resolve(Scaffolder.ANSWERS_FILE))) {
            throw new CommandException(ExitStatus.INVALID, directory + " was generated before (it has "
                    + Scaffolder.ANSWERS_FILE + "): run 'homelab-scaffold update " + directory + "', with --set"
                    + " KEY=VALUE to change answers, to keep your edits; or pass --force to generate afresh");
        }
    }

    private DetectedProject detect() {
        return java.nio.file.Files.isDirectory(directory) ? new ProjectDetector().detect(directory)
                : DetectedProject.empty();
    }

    private int write(AnswersReader.Given given, Map<String, Object> detected, boolean replaceDifferent)
            throws IOException {
        Generation generation = new Scaffolder().generate(given, detected);
        generation.warnings().forEach(warning -> err.println("warning: " + warning));
        List<FileChange> changes = ChangePlanner.plan(directory, generation.files(), replaceDifferent,
                StateFolder.lastWritten(directory));
        FileSink sink = dryRun ? new DiffSink(out) : new StateRecordingSink(new DiskSink(), ToolIdentity.current());
        sink.accept(directory, changes);
        ChangeReport.print(changes, directory, dryRun, out, err);
        return ExitStatus.OK.code();
    }
}
