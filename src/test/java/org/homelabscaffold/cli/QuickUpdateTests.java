package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.DiskSink;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.ProjectFiles;
import org.homelabscaffold.update.ToolIdentity;
import org.homelabscaffold.update.UpdatePlan;
import org.homelabscaffold.update.UpdatePlanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcut for a plain {@code update} must print what the full command prints, or step aside. */
class QuickUpdateTests {

    /** The identity tests run as: a jar build, since a classes folder never takes the shortcut. */
    private static final ToolIdentity BUILD = new ToolIdentity(ToolIdentity.current().version(), "jar-crc32:1");

    @TempDir
    Path temporary;

    private ProjectFiles project;

    @BeforeEach
    void generateWithKnownBuild() throws IOException {
        project = new ProjectFiles(temporary.resolve("photos"));
        AnswersReader.Given given = AnswersReader.read("answers.yaml", ProjectFiles.PYTHON_ANSWERS, List.of());
        UpdatePlan plan = UpdatePlanner.plan(project.directory(), null,
                new Scaffolder().generate(given, Map.of()).files(), Set.of(), BUILD);
        new DiskSink().accept(project.directory(), plan.changes());
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");
    }

    @Test
    void upToDatePrintsLikeFullCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        OptionalInt status = QuickUpdate.run(new String[] {"update", project.directory().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                BUILD);
        CliRun full = project.update();

        assertThat(status).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(full.out());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(full.err());
    }

    @Test
    void deletedFileLeftToFullCommand() {
        project.delete("buildx.sh");

        assertThat(quickUpdate("update", project.directory().toString())).isEmpty();
    }

    @Test
    void otherArgumentsLeftToFullCommand() {
        String folder = project.directory().toString();

        assertThat(quickUpdate("update", folder, "--dry-run")).isEmpty();
        assertThat(quickUpdate("update", "--json")).isEmpty();
        assertThat(quickUpdate("new", folder)).isEmpty();
    }

    @Test
    void missingProjectLeftToFullCommand() {
        assertThat(quickUpdate("update", temporary.resolve("missing").toString())).isEmpty();
    }

    private static OptionalInt quickUpdate(String... args) {
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return QuickUpdate.run(args, discard, discard, BUILD);
    }
}
