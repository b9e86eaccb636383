package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.testing.ExternalTool;
import org.homelabscaffold.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code update} in a JVM of its own, to see which classes a run loads. */
class UpdateProcessTests {

    @TempDir
    Path temporary;

    private ProjectFiles project;

    @BeforeEach
    void generateProject() {
        project = ProjectFiles.generatePython(temporary.resolve("photos"));
    }

    @Test
    void updateWithoutMergeLoadsNoJgit() throws Exception {
        ExternalTool.Result result = runUpdate("--set", "port=9090");

        assertThat(result.status()).as("output: %s", result.output()).isZero();
        assertThat(project.read("Dockerfile")).contains("EXPOSE 9090");
        assertThat(loadedClasses()).doesNotContain("org.eclipse.jgit.");
    }

    @Test
    void updateWithMergeLoadsJgit() throws Exception {
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");

        ExternalTool.Result result = runUpdate("--set", "port=9090");

        assertThat(result.status()).as("output: %s", result.output()).isZero();
        assertThat(loadedClasses()).contains("org.eclipse.jgit.merge.MergeAlgorithm");
    }

    private ExternalTool.Result runUpdate(String... arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java,
                "-Xlog:class+load:file=" + temporary.resolve("classes.txt"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "update", project.directory().toString()));
        command.addAll(List.of(arguments));
        return ExternalTool.run(temporary, Map.of(), command);
    }

    private String loadedClasses() throws Exception {
        return Files.readString(temporary.resolve("classes.txt"));
    }
}
