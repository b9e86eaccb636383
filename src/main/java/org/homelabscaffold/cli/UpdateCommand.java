package org.homelabscaffold.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.Questions;
import org.homelabscaffold.engine.Generation;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.DiskSink;
import org.homelabscaffold.output.GeneratedFile;
import org.homelabscaffold.update.FileStatus;
import org.homelabscaffold.update.InvalidStateException;
import org.homelabscaffold.update.ProjectState;
import org.homelabscaffold.update.RecordedFile;
import org.homelabscaffold.update.StateFolder;
import org.homelabscaffold.update.ToolIdentity;
import org.homelabscaffold.update.UpdatePlan;
import org.homelabscaffold.update.UpdatePlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homelab-scaffold update}: renders the files again from changed answers or a newer version. */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Renders the files in DIR again from .homelab-scaffold.yaml (or --answers FILE) with the"
                + " --set changes applied, and keeps your edits: a file you did not edit is replaced, a file"
                + " you edited is merged with the new text, a file you deleted stays deleted.",
        footerHeading = "%n",
        footer = {
            "Conflicts are written with <<<<<<< your version, ||||||| last generated and >>>>>>> new generated"
                    + " markers. .homelab-scaffold/ holds what was last generated; commit it with the project.",
            "",
            "Exit status:",
            "  0   files updated, or nothing to do",
            "  1   reading or writing a file failed",
            "  2   invalid answers, a missing answers file, or a usage error",
            "  3   conflicts to resolve (with --dry-run: the update would leave conflicts)"
        })
final class UpdateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project folder (default: current folder).")
    private Path directory = Path.of(".");

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Answers file to read instead of DIR/.homelab-scaffold.yaml.")
    private Path answersFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Change one answer; dotted keys for nested answers (migration.database=postgres);"
                    + " lists comma-separated. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--restore", paramLabel = "FILE",
            description = "Write the generated FILE even though you deleted it or it differs; your version"
                    + " of it is replaced. Repeatable.")
    private List<String> restore = new ArrayList<>();

    @Option(names = "--dry-run", description = "Write nothing; print the plan for every file, with unified diffs.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print the plan, or what was done, as JSON on standard output.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Generation generation = new Scaffolder().generate(readAnswers(), Map.of());
        UpdatePlan plan = UpdatePlanner.plan(directory, recoverBases(readState(), err), generation.files(),
                restorePaths(generation.files()), ToolIdentity.current());
        if (!dryRun && !plan.writesNothing()) {
            new DiskSink().accept(directory, plan.changes());
        }
        generation.warnings().forEach(warning -> err.println("warning: " + warning));
        ExitStatus status = plan.hasConflicts() ? ExitStatus.CONFLICT : ExitStatus.OK;
        print(plan, status, out, err);
        return status.code();
    }

    private void print(UpdatePlan plan, ExitStatus status, PrintWriter out, PrintWriter err) {
        UpdateReport report = new UpdateReport(directory, out, err);
        report.printNotes(plan);
        if (json) {
            UpdatePlanJson.print(plan, directory, dryRun, status, out);
        } else if (dryRun) {
            UpdatePlanText.print(plan, directory, out);
        } else {
            report.printWritten(plan);
        }
    }

    private AnswersReader.Given readAnswers() {
        Path file = answersFile != null ? answersFile : directory.resolve(Scaffolder.ANSWERS_FILE);
        if (answersFile == null && !Files.isRegularFile(file)) {
            throw new CommandException(ExitStatus.INVALID, file.normalize() + " not found: run 'homelab-scaffold new"
                    + " " + directory + "' first, or pass --answers FILE");
        }
        return AnswerInput.read(file, overrides);
    }

    private ProjectState readState() throws IOException {
        try {
            return StateFolder.read(directory).orElse(null);
        } catch (InvalidStateException e) {
            throw new CommandException(ExitStatus.INVALID, e.getMessage());
        }
    }

    /**
     * Fills in what the last run generated where the state folder lost it, by rendering the answers
     * file in the folder as it is, without --set. With no state at all only files equal to that
     * render count as generated; a file the state lists as written but whose copy is gone gets the
     * render as its base, so update merges it instead of treating it as the user's.
     */
    private ProjectState recoverBases(ProjectState state, PrintWriter err) {
        boolean complete = state != null && state.files().values().stream()
                .noneMatch(file -> file.status() == FileStatus.WRITTEN && file.base() == null);
        Path recorded = directory.resolve(Scaffolder.ANSWERS_FILE);
        if (complete || answersFile != null || !Files.isRegularFile(recorded)) {
            return state;
        }
        List<GeneratedFile> earlier;
        try {
            earlier = new Scaffolder().generate(AnswerInput.read(recorded, List.of()), Map.of()).files();
        } catch (RuntimeException e) {
            return state;
        }
        SortedMap<String, RecordedFile> files = new TreeMap<>(state == null ? Map.of() : state.files());
        for (GeneratedFile file : earlier) {
            RecordedFile known = files.get(file.path());
            if (known == null && state == null && file.content().equals(readQuietly(file.path()))) {
                files.put(file.path(), new RecordedFile(FileStatus.WRITTEN, file.content(), file.executable()));
            } else if (known != null && known.status() == FileStatus.WRITTEN && known.base() == null) {
                files.put(file.path(), new RecordedFile(FileStatus.WRITTEN, file.content(), known.executable()));
            }
        }
        if (state == null && files.isEmpty()) {
            return null;
        }
        if (state == null) {
            err.println("note: no record of earlier runs in " + directory + ", so the files equal to what "
                    + Scaffolder.ANSWERS_FILE + " generates count as generated, and the others as yours");
        }
        return new ProjectState(Questions.SCHEMA, state == null ? ToolIdentity.current() : state.tool(), files);
    }

    private String readQuietly(String path) {
        try {
            return Files.readString(directory.resolve(path));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Set<String> restorePaths(List<GeneratedFile> render) {
        List<String> generated = render.stream().map(GeneratedFile::path).toList();
        Set<String> paths = new LinkedHashSet<>();
        for (String path : restore) {
            String normalized = Path.of(path).normalize().toString();
            if (!generated.contains(normalized)) {
                throw new CommandException(ExitStatus.INVALID, "--restore " + path + ": not a generated file;"
                        + " generated files: " + String.join(", ", generated));
            }
            paths.add(normalized);
        }
        return paths;
    }
}
