package org.homelabscaffold.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that writes generated files. Every file is first written in full to a temporary
 * file beside its target; only when all of them are written are they moved into place, each move
 * atomic, so a failure leaves no half-written file behind.
 */
public final class DiskSink implements FileSink {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> REGULAR = PosixFilePermissions.fromString("rw-r--r--");
    private static final AtomicInteger STAGED_FILES = new AtomicInteger();

    @Override
    public void accept(Path directory, List<FileChange> changes) throws IOException {
        Files.createDirectories(directory);
        List<Path[]> staged = new ArrayList<>();
        try {
            for (FileChange change : changes) {
                if (change.writes()) {
                    staged.add(new Path[] {stage(directory, change.file()), directory.resolve(change.file().path())});
                }
            }
            for (Path[] move : staged) {
                moveIntoPlace(move[0], move[1]);
            }
        } finally {
            for (Path[] move : staged) {
                Files.deleteIfExists(move[0]);
            }
        }
    }

    private static Path stage(Path directory, GeneratedFile file) throws IOException {
        Path target = directory.resolve(file.path());
        Files.createDirectories(target.getParent());
        Path temporary = createStagingFile(target);
        Files.writeString(temporary, file.content(), StandardCharsets.UTF_8);
        setMode(temporary, file.executable());
        return temporary;
    }

    /**
     * Creates an empty file beside {@code target}, named after the clock and a counter. This is
     * cheaper than {@link Files#createTempFile}, whose random names need a seeded SecureRandom
     * (measurable in a short-lived process). CREATE_NEW still never reuses an existing file.
     */
    private static Path createStagingFile(Path target) throws IOException {
        while (true) {
            String unique = Long.toHexString(System.nanoTime()) + "-" + STAGED_FILES.incrementAndGet();
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + unique + ".tmp");
            try {
                Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                // Another process chose the same name at the same moment, so try the next one.
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void setMode(Path path, boolean executable) throws IOException {
        try {
            Files.setPosixFilePermissions(path, executable ? EXECUTABLE : REGULAR);
        } catch (UnsupportedOperationException e) {
            // NOTE: on file systems without POSIX permissions the executable bit cannot be set.
            path.toFile().setExecutable(executable);
        }
    }
}
