package org.homelabscaffold.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.DockerfileStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyFilesTests {

    @TempDir
    Path directory;

    @Test
    void localPackageIsCopiedBeforeInstall() throws Exception {
        generate("language=python");

        List<String> build = DockerfileStructure.parse(Files.readString(directory.resolve("Dockerfile")))
                .stages().get("build").instructions();
        int copy = build.indexOf("COPY fastsum/ ./fastsum/");
        int install = indexOfContaining(build, "pip install -r requirements.txt");

        assertThat(copy).isGreaterThan(build.indexOf("COPY requirements.txt ./"));
        assertThat(install).isGreaterThan(copy);
        assertThat(build.indexOf("COPY . .")).isEqualTo(-1);
    }

    @Test
    void dockerignoreKeepsDependencyFiles() throws Exception {
        generate("language=node");

        assertThat(Files.readString(directory.resolve(".dockerignore"))).endsWith("\n!fastsum\n");
    }

    private void generate(String language) {
        CliRun run = CliRun.of("new", directory.toString(), "--set", "name=svc", "--set", language,
                "--set", "dependencyFiles=fastsum/");
        assertThat(run.status()).as(run.err()).isZero();
    }

    private static int indexOfContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
