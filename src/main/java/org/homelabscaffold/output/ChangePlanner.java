package org.homelabscaffold.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares generated files with what is on disk and decides, without writing, what to do with each. */
public final class ChangePlanner {

    private ChangePlanner() {}

    /**
     * Plans the changes in {@code directory}.
     *
     * @param replaceDifferent whether an existing file with other content may be replaced
     * @throws IOException when an existing file cannot be read
     */
    public static List<FileChange> plan(Path directory, List<GeneratedFile> files, boolean replaceDifferent)
            throws IOException {
        List<FileChange> changes = new ArrayList<>();
        for (GeneratedFile file : files) {
            Path path = directory.resolve(file.path());
            String existing = Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
            if (existing == null && Files.exists(path)) {
                throw new IOException(path + " exists but is not a regular file");
            }
            changes.add(new FileChange(file, existing, action(file, existing, replaceDifferent)));
        }
        return changes;
    }

    private static FileChange.Action action(GeneratedFile file, String existing, boolean replaceDifferent) {
        if (existing == null) {
            return FileChange.Action.CREATE;
        }
        if (existing.equals(file.content())) {
            return FileChange.Action.UNCHANGED;
        }
        return replaceDifferent ? FileChange.Action.REPLACE : FileChange.Action.KEEP;
    }
}
