package org.homelabscaffold.update;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.homelabscaffold.answers.Questions;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.GeneratedFile;

/**
 * Decides, without writing, what an update does to each generated file, by comparing three texts:
 * the base (what homelab-scaffold last generated), the file in the folder, and the new render.
 * Files are planned in path order, so every plan lists them the same way.
 */
public final class UpdatePlanner {

    private UpdatePlanner() {}

    /**
     * Plans the update of {@code directory} to {@code render}.
     *
     * @param previous the recorded state, or null when the folder has none, as for a project generated
     *     before the state was recorded: every file that differs from the render is then the user's
     * @param restore paths whose generated text should replace or recreate the file in the folder
     * @throws IOException when a file in the folder cannot be read
     */
    public static UpdatePlan plan(Path directory, ProjectState previous, List<GeneratedFile> render,
            Set<String> restore, ToolIdentity tool) throws IOException {
        List<PlannedFile> files = new ArrayList<>();
        Map<String, RecordedFile> next = new TreeMap<>();
        Map<String, GeneratedFile> sorted = new TreeMap<>();
        for (GeneratedFile generated : render) {
            sorted.put(generated.path(), generated);
        }
        for (GeneratedFile generated : sorted.values()) {
            RecordedFile recorded = previous == null ? null : previous.file(generated.path());
            String current = readCurrent(directory, generated.path());
            PlannedFile planned = decide(generated, recorded, current, restore.contains(generated.path()));
            files.add(planned);
            next.put(generated.path(), new RecordedFile(planned.outcome().statusAfter(), generated.content(),
                    generated.executable()));
        }
        files.addAll(noLongerGenerated(directory, previous, next));
        ProjectState state = new ProjectState(Questions.SCHEMA, tool, new TreeMap<>(next));
        return UpdatePlan.create(directory, previous, state, files);
    }

    /**
     * Decides one file. {@code recorded} is null when the state has no record of the file, and
     * {@code current} is null when the file is missing from the folder.
     */
    static PlannedFile decide(GeneratedFile generated, RecordedFile recorded, String current, boolean restore) {
        String path = generated.path();
        String text = generated.content();
        if (current == null) {
            if (restore) {
                return write(generated, FileOutcome.RESTORED, null, text);
            }
            boolean wasNotWritten = recorded == null || recorded.status() == FileStatus.NOT_WRITTEN;
            return wasNotWritten ? write(generated, FileOutcome.NEW, null, text)
                    : keep(generated, FileOutcome.KEPT_DELETED, null);
        }
        if (current.equals(text)) {
            return keep(generated, FileOutcome.UNCHANGED, current);
        }
        if (restore) {
            return write(generated, FileOutcome.RESTORED, current, text);
        }
        if (recorded == null || recorded.status() != FileStatus.WRITTEN || recorded.base() == null) {
            return keep(generated, FileOutcome.KEPT_NOT_GENERATED, current);
        }
        String base = recorded.base();
        if (current.equals(base)) {
            return write(generated, FileOutcome.UPDATED, current, text);
        }
        if (text.equals(base)) {
            return keep(generated, FileOutcome.KEPT_EDITED, current);
        }
        return merge(generated, base, current, path.equals(Scaffolder.ANSWERS_FILE));
    }

    /** Merges a file that both the user and the new render changed. */
    private static PlannedFile merge(GeneratedFile generated, String base, String current, boolean isAnswersFile) {
        String text = generated.content();
        TextMerge.Merged merged = isAnswersFile
                ? new TextMerge.Merged(AnswersFileMerge.merge(base, current, text), false)
                : TextMerge.merge(base, current, text);
        if (merged.hasConflicts()) {
            return write(generated, FileOutcome.CONFLICT, current, merged.text());
        }
        if (merged.text().equals(current)) {
            return keep(generated, FileOutcome.KEPT_EDITED, current);
        }
        FileOutcome outcome = merged.text().equals(text) ? FileOutcome.UPDATED : FileOutcome.MERGED;
        return write(generated, outcome, current, merged.text());
    }

    /**
     * Plans the files the last run generated and this render does not: left in place, no longer tracked.
     * NOTE: their copies under base/ stay behind, because DiskSink only writes files. Nothing reads a
     * copy once the state no longer lists it.
     */
    private static List<PlannedFile> noLongerGenerated(Path directory, ProjectState previous,
            Map<String, RecordedFile> next) throws IOException {
        List<PlannedFile> files = new ArrayList<>();
        if (previous == null) {
            return files;
        }
        for (String path : previous.files().keySet()) {
            if (!next.containsKey(path)) {
                String current = readCurrent(directory, path);
                files.add(new PlannedFile(path, FileOutcome.NO_LONGER_GENERATED, current, null, current, false));
            }
        }
        return files;
    }

    private static PlannedFile write(GeneratedFile generated, FileOutcome outcome, String current, String result) {
        return new PlannedFile(generated.path(), outcome, current, generated.content(), result,
                generated.executable());
    }

    private static PlannedFile keep(GeneratedFile generated, FileOutcome outcome, String current) {
        return new PlannedFile(generated.path(), outcome, current, generated.content(), current,
                generated.executable());
    }

    private static String readCurrent(Path directory, String path) throws IOException {
        Path file = directory.resolve(path);
        // A symbolic link is not read through: its target is not the project's file, and the update
        // would replace the link with a regular file.
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                throw new IOException(file + " is not UTF-8 text; save it as UTF-8 and run update again", e);
            }
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " exists but is not a regular file (a folder or a symbolic link); move it"
                    + " away and run update again");
        }
        return null;
    }
}
