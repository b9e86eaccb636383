package org.homelabscaffold.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSinkTests {

    @TempDir
    Path directory;

    @Test
    void failedMoveRestoresEarlierFiles() throws Exception {
        Files.writeString(directory.resolve("Dockerfile"), "old\n");
        Files.createDirectories(directory.resolve("compose.yaml").resolve("in-the-way"));
        List<FileChange> changes = List.of(
                new FileChange(new GeneratedFile("Dockerfile", "new\n", false), "old\n", FileChange.Action.REPLACE),
                new FileChange(new GeneratedFile("buildx.sh", "#!/bin/sh\n", true), null, FileChange.Action.CREATE),
                new FileChange(new GeneratedFile("compose.yaml", "services: {}\n", false), null,
                        FileChange.Action.CREATE));

        assertThatThrownBy(() -> new DiskSink().accept(directory, changes)).isInstanceOf(IOException.class);

        assertThat(Files.readString(directory.resolve("Dockerfile"))).isEqualTo("old\n");
        assertThat(directory.resolve("buildx.sh")).doesNotExist();
        assertThat(names()).containsExactly("Dockerfile", "compose.yaml");
    }

    @Test
    void successfulWriteLeavesNoTemporaryFiles() throws Exception {
        Files.writeString(directory.resolve("Dockerfile"), "old\n");
        List<FileChange> changes = List.of(
                new FileChange(new GeneratedFile("Dockerfile", "new\n", false), "old\n", FileChange.Action.REPLACE));

        new DiskSink().accept(directory, changes);

        assertThat(Files.readString(directory.resolve("Dockerfile"))).isEqualTo("new\n");
        assertThat(names()).containsExactly("Dockerfile");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
