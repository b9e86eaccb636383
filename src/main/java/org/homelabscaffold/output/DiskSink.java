package org.homelabscaffold.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that writes generated files. Every file is first written in full to a temporary
 * file beside its target; only when all of them are written are they moved into place, each move
 * atomic, so a failure leaves no half-written file behind. Each file it replaces is kept as a hard
 * link until all moves are done, so a move that fails puts the earlier files back. Temporary files
 * are also removed when the process is interrupted (Ctrl-C runs shutdown hooks).
 */
public final class DiskSink implements FileSink {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> REGULAR = PosixFilePermissions.fromString("rw-r--r--");
    private static final AtomicInteger STAGED_FILES = new AtomicInteger();

    @Override
    public void accept(Path directory, List<FileChange> changes) throws IOException {
        Files.createDirectories(directory);
        List<Path> leftovers = new CopyOnWriteArrayList<>();
        Thread cleanup = new Thread(() -> deleteQuietly(leftovers), "homelab-scaffold-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            List<Path[]> staged = new ArrayList<>();
            for (FileChange change : changes) {
                if (change.writes()) {
                    Path temporary = stage(directory, change.file(), leftovers);
                    staged.add(new Path[] {temporary, directory.resolve(change.file().path())});
                }
            }
            moveAll(staged, leftovers);
        } finally {
            deleteQuietly(leftovers);
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    /** Moves every staged file into place; when one move fails, restores what the earlier ones replaced. */
    private static void moveAll(List<Path[]> staged, List<Path> leftovers) throws IOException {
        List<Path[]> done = new ArrayList<>();
        try {
            for (Path[] move : staged) {
                Path backup = keepPrevious(move[1], leftovers);
                moveIntoPlace(move[0], move[1]);
                done.add(new Path[] {move[1], backup});
            }
        } catch (IOException e) {
            for (Path[] moved : done) {
                restore(moved[0], moved[1], e);
            }
            throw e;
        }
    }

    /** Links the current file under a temporary name, so a later failure can put it back; null when absent. */
    private static Path keepPrevious(Path target, List<Path> leftovers) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path backup = uniqueSibling(target, ".previous");
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        leftovers.add(backup);
        return backup;
    }

    private static void restore(Path target, Path backup, IOException failure) {
        try {
            if (backup == null) {
                Files.deleteIfExists(target);
            } else {
                moveIntoPlace(backup, target);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteQuietly(List<Path> paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // NOTE: a leftover that cannot be deleted stays; its name starts with '.' and ends in .tmp.
            }
        }
    }

    private static Path stage(Path directory, GeneratedFile file, List<Path> leftovers) throws IOException {
        Path target = directory.resolve(file.path());
        Files.createDirectories(target.getParent());
        Path temporary = uniqueSibling(target, "");
        leftovers.add(temporary);
        Files.writeString(temporary, file.content(), StandardCharsets.UTF_8);
        setMode(temporary, file.executable());
        return temporary;
    }

    /**
     * Returns a new hidden path beside {@code target}, named after the clock and a counter, and
     * creates it empty when {@code kind} is empty (a staging file). This is cheaper than
     * {@link Files#createTempFile}, whose random names need a seeded SecureRandom (measurable in a
     * short-lived process). CREATE_NEW still never reuses an existing file.
     */
    private static Path uniqueSibling(Path target, String kind) throws IOException {
        while (true) {
            String unique = Long.toHexString(System.nanoTime()) + "-" + STAGED_FILES.incrementAndGet();
            Path temporary = target.resolveSibling("." + target.getFileName() + kind + "." + unique + ".tmp");
            if (!kind.isEmpty()) {
                return temporary;
            }
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
