package org.homelabscaffold.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        return plan(directory, files, replaceDifferent, Map.of());
    }

    /**
     * Plans the changes in {@code directory}. A file that still has the text homelab-scaffold last
     * wrote there was not edited since, so it is replaced even when {@code replaceDifferent} is false.
     *
     * @param lastWritten the text homelab-scaffold last wrote, by path; a file not listed is the user's
     * @throws IOException when an existing file cannot be read
     */
    public static List<FileChange> plan(Path directory, List<GeneratedFile> files, boolean replaceDifferent,
            Map<String, String> lastWritten) throws IOException {
        List<FileChange> changes = new ArrayList<>();
        for (GeneratedFile file : files) {
            Path path = directory.resolve(file.path());
            String existing = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    ? Files.readString(path, StandardCharsets.UTF_8) : null;
            if (existing == null && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(path + " exists but is not a regular file (a folder or a symbolic link);"
                        + " move it away and run again");
            }
            boolean isUnedited = existing != null && existing.equals(lastWritten.get(file.path()));
            FileChange.Action action = action(file, existing, replaceDifferent || isUnedited);
            if (action == FileChange.Action.UNCHANGED && file.executable() && !isOwnerExecutable(path)) {
                // Same text but the executable bit was lost: writing it again restores the mode.
                action = FileChange.Action.REPLACE;
            }
            changes.add(new FileChange(file, existing, action));
        }
        return changes;
    }

    /** Reads the owner's bit itself: for root, Files.isExecutable is true when anyone may execute. */
    private static boolean isOwnerExecutable(Path path) throws IOException {
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return Files.isExecutable(path);
        }
    }

    private static FileChange.Action action(GeneratedFile file, String existing, boolean mayReplace) {
        if (existing == null) {
            return FileChange.Action.CREATE;
        }
        if (existing.equals(file.content())) {
            return FileChange.Action.UNCHANGED;
        }
        return mayReplace ? FileChange.Action.REPLACE : FileChange.Action.KEEP;
    }
}
