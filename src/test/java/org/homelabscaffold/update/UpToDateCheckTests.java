package org.homelabscaffold.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.engine.Generation;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.DiskSink;
import org.homelabscaffold.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan made from the recorded base alone must be the plan a full render makes. */
class UpToDateCheckTests {

    private static final ToolIdentity BUILD = new ToolIdentity("0.1.0", "jar-crc32:00000001");

    @TempDir
    Path temporary;

    private ProjectFiles project;

    @BeforeEach
    void generateWithKnownBuild() throws IOException {
        project = new ProjectFiles(temporary.resolve("photos"));
        UpdatePlan plan = UpdatePlanner.plan(project.directory(), null, render(), Set.of(), BUILD);
        new DiskSink().accept(project.directory(), plan.changes());
    }

    @Test
    void planMatchesFullRenderWhenNothingChanged() throws IOException {
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");

        Optional<UpdatePlan> quick = UpToDateCheck.plan(project.directory(), BUILD);
        UpdatePlan full = fullPlan();

        assertThat(quick).isPresent();
        assertThat(quick.get().files()).isEqualTo(full.files());
        assertThat(quick.get().writesNothing()).isTrue();
    }

    @Test
    void planSeesDeletionToRecord() throws IOException {
        project.delete("buildx.sh");

        Optional<UpdatePlan> quick = UpToDateCheck.plan(project.directory(), BUILD);

        assertThat(quick).isPresent();
        assertThat(quick.get().files()).isEqualTo(fullPlan().files());
        assertThat(quick.get().writesNothing()).isFalse();
    }

    @Test
    void editedAnswersFileNeedsRender() throws IOException {
        project.replace(".homelab-scaffold.yaml", "port: 8080", "port: 9090");

        assertThat(UpToDateCheck.plan(project.directory(), BUILD)).isEmpty();
    }

    @Test
    void otherBuildNeedsRender() throws IOException {
        ToolIdentity other = new ToolIdentity("0.1.0", "jar-crc32:00000002");

        assertThat(UpToDateCheck.plan(project.directory(), other)).isEmpty();
    }

    @Test
    void unknownBuildNeedsRender() throws IOException {
        ToolIdentity development = new ToolIdentity("development build", "");
        UpdatePlan plan = UpdatePlanner.plan(project.directory(), null, render(), Set.of(), development);
        new DiskSink().accept(project.directory(), plan.changes());

        assertThat(UpToDateCheck.plan(project.directory(), development)).isEmpty();
    }

    private UpdatePlan fullPlan() throws IOException {
        ProjectState state = StateFolder.read(project.directory()).orElseThrow();
        return UpdatePlanner.plan(project.directory(), state, render(), Set.of(), BUILD);
    }

    private static List<org.homelabscaffold.output.GeneratedFile> render() {
        AnswersReader.Given given = AnswersReader.read("answers.yaml", ProjectFiles.PYTHON_ANSWERS, List.of());
        Generation generation = new Scaffolder().generate(given, Map.of());
        return generation.files();
    }
}
