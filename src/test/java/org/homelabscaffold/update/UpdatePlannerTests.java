package org.homelabscaffold.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.homelabscaffold.output.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision for one file, from its record, its text in the folder and its new render. */
class UpdatePlannerTests {

    private static final String BASE = "a\nb\nc\nd\ne\n";
    private static final String NEW = "a\nb\nc\nd\nE\n";
    private static final String EDITED = "A\nb\nc\nd\ne\n";
    private static final GeneratedFile RENDER = new GeneratedFile("compose.yaml", NEW, false);
    private static final RecordedFile WRITTEN = new RecordedFile(FileStatus.WRITTEN, BASE, false);

    @Test
    void fileWithNewTextIsUnchanged() {
        PlannedFile file = UpdatePlanner.decide(RENDER, WRITTEN, NEW, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.UNCHANGED);
    }

    @Test
    void uneditedFileIsUpdated() {
        PlannedFile file = UpdatePlanner.decide(RENDER, WRITTEN, BASE, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.UPDATED);
        assertThat(file.result()).isEqualTo(NEW);
    }

    @Test
    void editedFileWithSameRenderIsKept() {
        GeneratedFile sameRender = new GeneratedFile("compose.yaml", BASE, false);

        PlannedFile file = UpdatePlanner.decide(sameRender, WRITTEN, EDITED, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.KEPT_EDITED);
        assertThat(file.result()).isEqualTo(EDITED);
    }

    @Test
    void editsOnBothSidesAreMerged() {
        PlannedFile file = UpdatePlanner.decide(RENDER, WRITTEN, EDITED, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.MERGED);
        assertThat(file.result()).isEqualTo("A\nb\nc\nd\nE\n");
    }

    @Test
    void sameLineEditedOnBothSidesConflicts() {
        PlannedFile file = UpdatePlanner.decide(RENDER, WRITTEN, "a\nb\nc\nd\nmine\n", false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.CONFLICT);
        assertThat(file.hasConflictMarkers()).isTrue();
    }

    @Test
    void editAlreadyContainingNewTextIsKept() {
        PlannedFile file = UpdatePlanner.decide(RENDER, WRITTEN, "A\nb\nc\nd\nE\n", false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.KEPT_EDITED);
    }

    @Test
    void deletedFileStaysDeleted() {
        PlannedFile file = UpdatePlanner.decide(RENDER, WRITTEN, null, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.KEPT_DELETED);
        assertThat(file.result()).isNull();
        assertThat(file.outcome().statusAfter()).isEqualTo(FileStatus.DELETED);
    }

    @Test
    void recordedDeletionStaysDeleted() {
        RecordedFile deleted = new RecordedFile(FileStatus.DELETED, BASE, false);

        PlannedFile file = UpdatePlanner.decide(RENDER, deleted, null, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.KEPT_DELETED);
    }

    @Test
    void restoreRecreatesDeletedFile() {
        RecordedFile deleted = new RecordedFile(FileStatus.DELETED, BASE, false);

        PlannedFile file = UpdatePlanner.decide(RENDER, deleted, null, true);

        assertThat(file.outcome()).isEqualTo(FileOutcome.RESTORED);
        assertThat(file.result()).isEqualTo(NEW);
    }

    @Test
    void restoreReplacesEditedFile() {
        PlannedFile file = UpdatePlanner.decide(RENDER, WRITTEN, EDITED, true);

        assertThat(file.outcome()).isEqualTo(FileOutcome.RESTORED);
        assertThat(file.result()).isEqualTo(NEW);
    }

    @Test
    void fileWithoutRecordIsCreated() {
        PlannedFile file = UpdatePlanner.decide(RENDER, null, null, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.NEW);
        assertThat(file.result()).isEqualTo(NEW);
    }

    @Test
    void differingFileWithoutRecordIsUsers() {
        PlannedFile file = UpdatePlanner.decide(RENDER, null, EDITED, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.KEPT_NOT_GENERATED);
        assertThat(file.outcome().statusAfter()).isEqualTo(FileStatus.NOT_WRITTEN);
    }

    @Test
    void recreatedDeletedFileIsUsers() {
        RecordedFile deleted = new RecordedFile(FileStatus.DELETED, BASE, false);

        PlannedFile file = UpdatePlanner.decide(RENDER, deleted, EDITED, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.KEPT_NOT_GENERATED);
    }

    @Test
    void fileMatchingRenderWithoutRecordIsAdopted() {
        PlannedFile file = UpdatePlanner.decide(RENDER, null, NEW, false);

        assertThat(file.outcome()).isEqualTo(FileOutcome.UNCHANGED);
        assertThat(file.outcome().statusAfter()).isEqualTo(FileStatus.WRITTEN);
    }

    @Test
    void fileNoLongerGeneratedIsDropped(@TempDir Path directory) throws IOException {
        ProjectState previous = new ProjectState(1, new ToolIdentity("0.1.0", ""), new TreeMap<>(Map.of(
                "compose.yaml", WRITTEN, "old.sh", new RecordedFile(FileStatus.WRITTEN, "echo\n", true))));

        UpdatePlan plan = UpdatePlanner.plan(directory, previous, List.of(RENDER), Set.of(),
                new ToolIdentity("0.2.0", ""));

        assertThat(plan.files()).extracting(PlannedFile::path).containsExactly("compose.yaml", "old.sh");
        assertThat(plan.files().get(1).outcome()).isEqualTo(FileOutcome.NO_LONGER_GENERATED);
        assertThat(plan.next().files()).containsOnlyKeys("compose.yaml");
    }
}
