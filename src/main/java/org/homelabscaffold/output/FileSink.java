package org.homelabscaffold.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Where planned changes go: the project folder, or a printed preview for a dry run. */
public interface FileSink {

    void accept(Path directory, List<FileChange> changes) throws IOException;
}
