package org.homelabscaffold.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.homelabscaffold.answers.Problem;

/** Describes a file-system failure in one line that names the user's file and the cause. */
final class IoErrors {

    private IoErrors() {}

    static String describe(IOException exception) {
        if (!(exception instanceof FileSystemException failure) || failure.getFile() == null) {
            return Problem.escapeControl(String.valueOf(exception.getMessage()));
        }
        String file = userPath(failure.getFile());
        String text;
        if (exception instanceof AccessDeniedException) {
            text = file + ": permission denied; check the folder's owner and mode";
        } else if (exception instanceof NoSuchFileException) {
            text = file + ": not found";
        } else if (exception instanceof NotDirectoryException
                || "Not a directory".equals(failure.getReason())) {
            text = file + ": a part of this path is a file, not a folder; choose another folder";
        } else {
            text = file + ": " + (failure.getReason() == null ? exception.getClass().getSimpleName()
                    : failure.getReason());
        }
        return Problem.escapeControl(text);
    }

    /** Names the folder instead of a temporary file, which the user never created or sees. */
    private static String userPath(String file) {
        Path path = Path.of(file);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp") && path.getParent() != null) {
            return path.getParent().toString();
        }
        return file;
    }
}
