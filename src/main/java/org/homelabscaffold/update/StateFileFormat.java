package org.homelabscaffold.update;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads and writes the state file, a Java properties file. It is written by hand rather than with
 * {@link Properties#store}, which adds a timestamp, so that the same state gives the same bytes.
 */
final class StateFileFormat {

    static final int FORMAT = 1;
    private static final String HEADER = """
            # homelab-scaffold's record of the files it generated in this folder; base/ holds each file as
            # last generated, and `homelab-scaffold update` merges your edits against it. Commit this folder
            # with the project, and let homelab-scaffold change it.
            """;

    private StateFileFormat() {}

    /** Formats {@code state}; the texts of the files are stored separately, under base/. */
    static String format(ProjectState state) {
        StringBuilder text = new StringBuilder(HEADER);
        text.append("format=").append(FORMAT).append('\n');
        text.append("schema=").append(state.schema()).append('\n');
        text.append("toolVersion=").append(state.tool().version()).append('\n');
        text.append("toolBuild=").append(state.tool().build()).append('\n');
        for (FileStatus status : FileStatus.values()) {
            text.append(status.key()).append('=').append(join(paths(state, status))).append('\n');
        }
        List<String> executable = new ArrayList<>();
        for (Map.Entry<String, RecordedFile> entry : state.files().entrySet()) {
            if (entry.getValue().executable()) {
                executable.add(entry.getKey());
            }
        }
        text.append("executable=").append(join(executable)).append('\n');
        return text.toString();
    }

    /**
     * Parses a state file; each file's base text is left null, for the caller to fill in.
     *
     * @throws InvalidStateException when the file is not a state file this build understands
     */
    static ProjectState parse(String text, String source) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(source, "is not a valid properties file (" + e.getMessage() + ")");
        }
        int format = number(properties, "format", source);
        if (format != FORMAT) {
            throw invalid(source, "has format " + format + ", but this homelab-scaffold reads format " + FORMAT
                    + "; upgrade homelab-scaffold");
        }
        int schema = number(properties, "schema", source);
        ToolIdentity tool = new ToolIdentity(properties.getProperty("toolVersion", ""),
                properties.getProperty("toolBuild", ""));
        List<String> executable = split(properties.getProperty("executable", ""), "executable", source);
        Map<String, RecordedFile> files = new TreeMap<>();
        for (FileStatus status : FileStatus.values()) {
            for (String path : split(properties.getProperty(status.key(), ""), status.key(), source)) {
                files.put(path, new RecordedFile(status, null, executable.contains(path)));
            }
        }
        return new ProjectState(schema, tool, new TreeMap<>(files));
    }

    private static List<String> paths(ProjectState state, FileStatus status) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, RecordedFile> entry : state.files().entrySet()) {
            if (entry.getValue().status() == status) {
                paths.add(entry.getKey());
            }
        }
        return paths;
    }

    /** Joins generated paths with commas; they are fixed names such as {@code compose.yaml}. */
    private static String join(List<String> paths) {
        for (String path : paths) {
            if (!isSafePath(path)) {
                throw new IllegalArgumentException("generated path " + path + " cannot be stored in the state file");
            }
        }
        return String.join(",", paths);
    }

    private static List<String> split(String value, String key, String source) {
        List<String> paths = new ArrayList<>();
        for (String path : value.split(",")) {
            String stripped = path.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!isSafePath(stripped)) {
                throw invalid(source, "lists '" + stripped + "' under " + key + ", which is not a path inside the"
                        + " project folder");
            }
            paths.add(stripped);
        }
        return paths;
    }

    /**
     * Accepts relative paths inside the project folder only, made of letters, digits, '.', '_', '-'
     * and '/', so an edited state file cannot point elsewhere.
     */
    private static boolean isSafePath(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char character = segment.charAt(i);
                boolean isAllowed = character < 128 && (Character.isLetterOrDigit(character) || "._-".indexOf(character) >= 0);
                if (!isAllowed) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int number(Properties properties, String key, String source) {
        String value = properties.getProperty(key);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw invalid(source, "has an invalid " + key + " value '" + value + "': expected a number");
        }
    }

    private static InvalidStateException invalid(String source, String message) {
        return new InvalidStateException(source + ": " + message + "; to start over, delete the folder "
                + StateFolder.DIRECTORY + " and run update again, which keeps every file that differs as yours");
    }
}
