package org.homelabscaffold.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.DiskSink;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.output.FileSink;
import org.homelabscaffold.output.GeneratedFile;
import org.homelabscaffold.testing.FolderSnapshot;
import org.homelabscaffold.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An update that fails after staging its files leaves the project folder exactly as it was. */
class UpdateAtomicityTests {

    @TempDir
    Path temporary;

    @Test
    void failureAfterStagingChangesNothing() throws IOException {
        ProjectFiles project = ProjectFiles.generatePython(temporary.resolve("photos"));
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");
        project.delete("buildx.sh");
        Map<String, String> before = FolderSnapshot.of(project.directory());
        UpdatePlan plan = planPortChange(project.directory());

        assertThatThrownBy(() -> failingAfterStaging().accept(project.directory(), plan.changes()))
                .isInstanceOf(IOException.class);

        assertThat(plan.changes()).extracting(change -> change.file().path())
                .contains("Dockerfile", "compose.yaml", ".homelab-scaffold/state.properties");
        assertThat(FolderSnapshot.of(project.directory())).isEqualTo(before);
    }

    private static UpdatePlan planPortChange(Path directory) throws IOException {
        String answers = Files.readString(directory.resolve(Scaffolder.ANSWERS_FILE));
        AnswersReader.Given given = AnswersReader.read(Scaffolder.ANSWERS_FILE, answers, List.of("port=9090"));
        List<GeneratedFile> render = new Scaffolder().generate(given, Map.of()).files();
        ProjectState state = StateFolder.read(directory).orElseThrow();
        return UpdatePlanner.plan(directory, state, render, Set.of(), ToolIdentity.current());
    }

    /**
     * Returns a sink that hands every change to {@link DiskSink} plus one more whose staging fails,
     * because its parent folder is a regular file: every real file is staged, none is moved.
     */
    private static FileSink failingAfterStaging() {
        return (directory, changes) -> {
            List<FileChange> withFailure = new ArrayList<>(changes);
            GeneratedFile impossible = new GeneratedFile("Dockerfile/cannot-exist", "", false);
            withFailure.add(new FileChange(impossible, null, FileChange.Action.CREATE));
            new DiskSink().accept(directory, withFailure);
        };
    }
}
