package org.homelabscaffold.detect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read-only view of a service folder that turns unreadable and malformed files into notes.
 *
 * <p>The root is listed once. Subfolders are listed only on request and never recursively.
 */
final class ProjectFolder {

    /** Manifests beyond this size are skipped, so one odd file cannot slow down every run. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final Path root;
    private final Set<String> rootEntries;
    private final DetectedProjectBuilder result;

    private ProjectFolder(Path root, Set<String> rootEntries, DetectedProjectBuilder result) {
        this.root = root;
        this.rootEntries = rootEntries;
        this.result = result;
    }

    /** Lists the root of {@code directory}. A folder that cannot be listed gives no entries and a note. */
    static ProjectFolder open(Path directory, DetectedProjectBuilder result) {
        Path root = directory.toAbsolutePath().normalize();
        Set<String> entries = new TreeSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            for (Path entry : stream) {
                entries.add(entry.getFileName().toString());
            }
        } catch (IOException e) {
            result.note("Folder " + root + " could not be listed: " + describe(e));
        }
        return new ProjectFolder(root, Collections.unmodifiableSet(entries), result);
    }

    /** Returns the folder's own name, or an empty string for a file-system root. */
    String folderName() {
        Path name = root.getFileName();
        return name == null ? "" : name.toString();
    }

    boolean hasRootEntry(String name) {
        return rootEntries.contains(name);
    }

    Set<String> rootEntries() {
        return rootEntries;
    }

    boolean isFile(String relativePath) {
        return Files.isRegularFile(root.resolve(relativePath));
    }

    /** Returns the sorted names of the subfolders of a folder, or an empty list if it cannot be listed. */
    List<String> listDirectories(String relativePath) {
        return listEntries(relativePath, true);
    }

    /** Returns the sorted names of the regular files in a folder, or an empty list if it cannot be listed. */
    List<String> listFiles(String relativePath) {
        return listEntries(relativePath, false);
    }

    /** Reads a whole UTF-8 text file, or notes why it was skipped. A missing file is skipped silently. */
    Optional<String> readText(String relativePath) {
        return readBytes(relativePath).flatMap(bytes -> decode(relativePath, bytes));
    }

    /**
     * Reads at most {@code maxBytes} from the start of a text file. Malformed UTF-8 becomes U+FFFD
     * here, because a cut can split a character and callers only look for ASCII keywords.
     */
    Optional<String> readHead(String relativePath, int maxBytes) {
        try (InputStream in = Files.newInputStream(root.resolve(relativePath))) {
            return Optional.of(new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            result.note(relativePath + " could not be read: " + describe(e));
            return Optional.empty();
        }
    }

    /** Reads a JSON object, or notes why the file was skipped. */
    Optional<JsonNode> readJson(String relativePath) {
        return readBytes(relativePath).flatMap(bytes -> parse(relativePath, bytes, ManifestParsers::readJson, "JSON"));
    }

    /** Reads a TOML document, or notes why the file was skipped. */
    Optional<JsonNode> readToml(String relativePath) {
        return readBytes(relativePath).flatMap(bytes -> parse(relativePath, bytes, ManifestParsers::readToml, "TOML"));
    }

    private List<String> listEntries(String relativePath, boolean directories) {
        Path folder = root.resolve(relativePath);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                boolean matches = directories ? Files.isDirectory(entry) : Files.isRegularFile(entry);
                if (matches) {
                    names.add(entry.getFileName().toString());
                }
            }
        } catch (IOException e) {
            result.note(relativePath + " could not be listed: " + describe(e));
            return List.of();
        }
        Collections.sort(names);
        return names;
    }

    private Optional<byte[]> readBytes(String relativePath) {
        Path file = root.resolve(relativePath);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                result.note(relativePath + " is larger than " + MAX_FILE_BYTES / 1024 + " KiB and was skipped");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            result.note(relativePath + " could not be read: " + describe(e));
            return Optional.empty();
        }
    }

    private Optional<String> decode(String relativePath, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            result.note(relativePath + " is not valid UTF-8 and was skipped");
            return Optional.empty();
        }
    }

    private Optional<JsonNode> parse(String relativePath, byte[] bytes, TreeReader reader, String format) {
        try {
            JsonNode tree = reader.read(bytes);
            if (!tree.isObject()) {
                result.note(relativePath + " does not contain a " + format + " object and was skipped");
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JacksonException e) {
            result.note(relativePath + " is not valid " + format + ": " + describeParseError(e));
            return Optional.empty();
        } catch (IOException e) {
            result.note(relativePath + " could not be read: " + describe(e));
            return Optional.empty();
        }
    }

    private static String describeParseError(JacksonException e) {
        String message = firstLine(e.getOriginalMessage());
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return message;
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
    }

    /** Describes a file error without repeating the path, which the note already names. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fileSystemError && fileSystemError.getReason() != null) {
            return firstLine(fileSystemError.getReason());
        }
        return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** A parser from file content to a tree, such as {@link ManifestParsers#readJson}. */
    @FunctionalInterface
    private interface TreeReader {
        JsonNode read(byte[] content) throws IOException;
    }
}
