package org.homelabscaffold.wizard;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Checks the file the user names for saving the answers, the same way in both front ends. */
public final class SaveTarget {

    private SaveTarget() {}

    /** Returns the file name proposed for saving the answers of the service {@code name}. */
    public static String proposedFileName(Object name) {
        return (name == null ? "homelab-scaffold" : name) + "-answers.yaml";
    }

    /**
     * Resolves {@code text} against {@code workingDirectory}.
     *
     * @return the file, or empty when the text names no usable file; {@code problem} then tells why
     */
    public static Optional<Path> resolve(Path workingDirectory, String text) {
        return problem(workingDirectory, text).isPresent()
                ? Optional.empty()
                : Optional.of(workingDirectory.resolve(text.strip()).normalize());
    }

    /** Returns why {@code text} names no file the answers can be saved to, or empty when it does. */
    public static Optional<String> problem(Path workingDirectory, String text) {
        if (text.isBlank()) {
            return Optional.of("enter a file name, such as " + proposedFileName(null));
        }
        try {
            Path file = workingDirectory.resolve(text.strip());
            if (Files.isDirectory(file)) {
                return Optional.of(file + " is a folder; enter a file name");
            }
        } catch (InvalidPathException e) {
            return Optional.of("invalid file name " + text.strip() + ": " + e.getReason());
        }
        return Optional.empty();
    }

    /** Returns whether saving to {@code file} would replace a file that exists. */
    public static boolean exists(Path file) {
        return Files.exists(file);
    }
}
