package org.homelabscaffold.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homelabscaffold.output.GeneratedFile;

/**
 * The {@code .homelab-scaffold/} folder inside a project: {@code state.properties} and, under
 * {@code base/}, every generated file exactly as homelab-scaffold last generated it.
 */
public final class StateFolder {

    public static final String DIRECTORY = ".homelab-scaffold";
    static final String STATE_FILE = DIRECTORY + "/state.properties";
    static final String BASE = DIRECTORY + "/base/";

    private StateFolder() {}

    /**
     * Reads the state and the base copies of {@code directory}, or returns empty when none is recorded.
     *
     * @throws InvalidStateException when the state file cannot be used
     * @throws IOException when a file cannot be read
     */
    public static Optional<ProjectState> read(Path directory) throws IOException {
        Path stateFile = directory.resolve(STATE_FILE);
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        ProjectState recorded = StateFileFormat.parse(Files.readString(stateFile, StandardCharsets.UTF_8),
                stateFile.toString());
        Map<String, RecordedFile> files = new TreeMap<>();
        for (Map.Entry<String, RecordedFile> entry : recorded.files().entrySet()) {
            RecordedFile file = entry.getValue();
            files.put(entry.getKey(), new RecordedFile(file.status(), readBase(directory, entry.getKey()),
                    file.executable()));
        }
        return Optional.of(new ProjectState(recorded.schema(), recorded.tool(), new TreeMap<>(files)));
    }

    /**
     * Returns the last generated text of each file that homelab-scaffold wrote and the user has not
     * deleted, by path. It is empty when no usable state is recorded, so every file that differs
     * counts as the user's.
     */
    public static Map<String, String> lastWritten(Path directory) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Optional<ProjectState> state;
        try {
            state = read(directory);
        } catch (InvalidStateException e) {
            return texts;
        }
        if (state.isEmpty()) {
            return texts;
        }
        for (Map.Entry<String, RecordedFile> entry : state.get().files().entrySet()) {
            if (entry.getValue().status() == FileStatus.WRITTEN && entry.getValue().base() != null) {
                texts.put(entry.getKey(), entry.getValue().base());
            }
        }
        return texts;
    }

    /** Returns the files that record {@code state}: a base copy of each file, then the state file. */
    static List<GeneratedFile> files(ProjectState state) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Map.Entry<String, RecordedFile> entry : state.files().entrySet()) {
            files.add(new GeneratedFile(BASE + entry.getKey(), entry.getValue().base(), false));
        }
        files.add(new GeneratedFile(STATE_FILE, StateFileFormat.format(state), false));
        return files;
    }

    private static String readBase(Path directory, String path) throws IOException {
        Path base = directory.resolve(BASE + path);
        return Files.isRegularFile(base) ? Files.readString(base, StandardCharsets.UTF_8) : null;
    }
}
