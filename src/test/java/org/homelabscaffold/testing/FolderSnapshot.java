package org.homelabscaffold.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every regular file below a folder, by relative path, with its text and an executable marker. */
public final class FolderSnapshot {

    private FolderSnapshot() {}

    /** Returns path to text; an executable file's text is prefixed with {@code [x] }. */
    public static Map<String, String> of(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.put(relative, (Files.isExecutable(path) ? "[x] " : "") + text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
