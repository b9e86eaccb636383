package org.homelabscaffold.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A service folder written file by file under a test's temporary directory. */
final class SampleProject {

    private final Path root;

    private SampleProject(Path root) {
        this.root = root;
    }

    /** Creates an empty folder with the given name, which detection turns into the service name. */
    static SampleProject in(Path parent, String folderName) {
        try {
            return new SampleProject(Files.createDirectories(parent.resolve(folderName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 file, creating its parent folders. */
    SampleProject file(String relativePath, String content) {
        return bytes(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    SampleProject bytes(String relativePath, byte[] content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SampleProject directory(String relativePath) {
        try {
            Files.createDirectories(root.resolve(relativePath));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    DetectedProject detect() {
        return new ProjectDetector().detect(root);
    }
}
