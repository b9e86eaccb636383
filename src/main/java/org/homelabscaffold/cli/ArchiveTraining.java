package org.homelabscaffold.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Training run for the class-data-sharing archive that the {@code homelab-scaffold} launcher
 * creates. It runs each non-interactive command once in-process and discards their output, so a JVM
 * started with {@code -XX:ArchiveClassesAtExit} records every class those commands load. For
 * {@code update} that is a project with nothing to do, the case that must start fastest.
 *
 * <p>Usage: {@code ArchiveTraining EXAMPLES_DIR SCRATCH_DIR}. Projects are generated below
 * SCRATCH_DIR, which the caller creates and deletes. The only output is the {@code java.home} of
 * this JVM on standard output, because the archive only works with the JDK build that wrote it.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ArchiveTraining EXAMPLES_DIR SCRATCH_DIR");
            System.exit(ExitStatus.INVALID.code());
        }
        Path examples = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true);
        run(discard, "--help");
        run(discard, "--version");
        run(discard, "new", "--help");
        for (Path answers : answersFiles(examples)) {
            String project = scratch.resolve(answers.getFileName().toString().replace(".yaml", "")).toString();
            run(discard, "new", project, "--answers", answers.toString());
            run(discard, "new", project + "-preview", "--answers", answers.toString(), "--dry-run");
            run(discard, "update", project);
        }
        WizardTraining.run(scratch);
        System.out.println(System.getProperty("java.home"));
        // A wizard thread that is still waiting for input must not keep the JVM alive.
        System.exit(ExitStatus.OK.code());
    }

    private static List<Path> answersFiles(Path examples) throws IOException {
        try (Stream<Path> files = Files.list(examples)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void run(PrintStream discard, String... args) {
        Main.run(args, discard, discard);
    }
}
