package org.homelabscaffold.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and edits files of a generated project in tests, failing loudly when an edit does not apply. */
public record ProjectFiles(Path directory) {

    /** A Python web app without a database; its compose.yaml has the port in two places. */
    public static final String PYTHON_ANSWERS = """
            name: photos
            language: python
            port: 8080
            image: registry.home.arpa:5000/photos
            """;

    /** Generates the project of {@link #PYTHON_ANSWERS} in {@code directory} and fails the test when new fails. */
    public static ProjectFiles generatePython(Path directory) {
        ProjectFiles project = new ProjectFiles(directory);
        CliRun run = project.generate(PYTHON_ANSWERS);
        assertThat(run.status()).as("new: %s", run.err()).isZero();
        return project;
    }

    public String read(String path) {
        try {
            return Files.readString(directory.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String path, String text) {
        try {
            Files.writeString(directory.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code path} with {@code to}. */
    public void replace(String path, String from, String to) {
        String text = read(path);
        assertThat(text).as("text to edit in %s", path).containsOnlyOnce(from);
        write(path, text.replace(from, to));
    }

    public void delete(String path) {
        try {
            Files.delete(directory.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(directory.resolve(path));
    }

    /**
     * Writes {@code answers} to {@code answers.yaml} beside the project folder, so keep the project
     * in a folder of its own inside the test's temporary folder, and runs {@code new} with them.
     */
    public CliRun generate(String answers, String... extraArguments) {
        Path answersFile = directory.resolveSibling("answers.yaml");
        try {
            Files.writeString(answersFile, answers, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] arguments = new String[4 + extraArguments.length];
        arguments[0] = "new";
        arguments[1] = directory.toString();
        arguments[2] = "--answers";
        arguments[3] = answersFile.toString();
        System.arraycopy(extraArguments, 0, arguments, 4, extraArguments.length);
        return CliRun.of(arguments);
    }

    /** Runs {@code update DIR} with more arguments. */
    public CliRun update(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "update";
        all[1] = directory.toString();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return CliRun.of(all);
    }
}
