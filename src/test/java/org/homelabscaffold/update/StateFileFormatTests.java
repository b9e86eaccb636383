package org.homelabscaffold.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StateFileFormatTests {

    private static final ProjectState STATE = new ProjectState(1, new ToolIdentity("0.1.0", "jar-crc32:1234abcd"),
            new TreeMap<>(java.util.Map.of(
                    "Dockerfile", new RecordedFile(FileStatus.WRITTEN, null, false),
                    "buildx.sh", new RecordedFile(FileStatus.DELETED, null, true),
                    "compose.yaml", new RecordedFile(FileStatus.NOT_WRITTEN, null, false))));

    @Test
    void formatListsFilesByStatus() {
        String text = StateFileFormat.format(STATE);

        assertThat(text).endsWith("""
                format=1
                schema=1
                toolVersion=0.1.0
                toolBuild=jar-crc32:1234abcd
                written=Dockerfile
                deleted=buildx.sh
                notWritten=compose.yaml
                executable=buildx.sh
                """);
    }

    @Test
    void parseReadsWhatFormatWrites() {
        ProjectState parsed = StateFileFormat.parse(StateFileFormat.format(STATE), "state.properties");

        assertThat(parsed).isEqualTo(STATE);
    }

    @Test
    void parseRejectsNewerFormat() {
        assertThatThrownBy(() -> StateFileFormat.parse("format=2\nschema=1\n", "state.properties"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith("state.properties: has format 2, but this homelab-scaffold reads format 1;"
                        + " upgrade homelab-scaffold; to start over, delete the folder .homelab-scaffold");
    }

    @Test
    void parseRejectsPathOutsideFolder() {
        assertThatThrownBy(() -> StateFileFormat.parse("format=1\nschema=1\nwritten=../secrets\n", "state.properties"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("lists '../secrets' under written, which is not a path inside the project");
    }

    @Test
    void parseRejectsMissingSchema() {
        assertThatThrownBy(() -> StateFileFormat.parse("format=1\n", "state.properties"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith("state.properties: has an invalid schema value 'null': expected a number");
    }
}
