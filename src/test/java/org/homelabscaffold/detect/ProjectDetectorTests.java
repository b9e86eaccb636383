package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDetectorTests {

    @TempDir
    Path parent;

    @Test
    void emptyFolderGivesEmptyResult() {
        DetectedProject detected = SampleProject.in(parent, "photos").detect();

        assertThat(detected.isEmpty()).isTrue();
        assertThat(detected.answers()).isEmpty();
        assertThat(detected.sources()).isEmpty();
        assertThat(detected.notes()).isEmpty();
    }

    @Test
    void folderWithoutManifestGivesEmptyResult() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("README.md", "# Photos\n")
                .file(".nvmrc", "24\n")
                .detect();

        assertThat(detected.isEmpty()).isTrue();
    }

    @Test
    void emptyFactoryIsEmpty() {
        assertThat(DetectedProject.empty().isEmpty()).isTrue();
    }

    @Test
    void resultWithOnlyNotesIsNotEmpty() {
        DetectedProject detected = new DetectedProject(java.util.Map.of(), java.util.Map.of(), List.of("a note"));

        assertThat(detected.isEmpty()).isFalse();
    }

    @Test
    void folderNameBecomesServiceName() {
        DetectedProject detected = SampleProject.in(parent, "My_Photo  App!")
                .file("go.mod", "module example.com/photos\n")
                .detect();

        assertThat(detected.answers()).containsEntry("name", "my-photo-app");
        assertThat(detected.sources()).containsEntry("name", "folder name");
    }

    @Test
    void symbolOnlyFolderNameGivesNoName() {
        DetectedProject detected = SampleProject.in(parent, "__--__")
                .file("go.mod", "module example.com/photos\n")
                .detect();

        assertThat(detected.answers()).doesNotContainKey("name");
    }

    @Test
    void severalLanguagesPreferGo() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"name\": \"photos-ui\"}")
                .file("requirements.txt", "flask\n")
                .file("go.mod", "module example.com/photos\n\ngo 1.24\n")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "go");
        assertThat(detected.answers()).containsEntry("packageManager", "go");
        assertThat(detected.answers()).doesNotContainKey("buildScript");
        assertThat(detected.notes()).contains("Found files of several languages: go (go.mod), "
                + "python (requirements.txt), node (package.json). The defaults are for go");
    }

    @Test
    void pythonComesBeforeNode() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{}")
                .file("pyproject.toml", "[project]\nname = \"photos\"\n")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "python");
        assertThat(detected.sources()).containsEntry("language", "pyproject.toml");
        assertThat(detected.notes()).anyMatch(note -> note.contains("node (package.json)"));
    }

    @Test
    void missingFolderGivesOnlyNote() {
        DetectedProject detected = new ProjectDetector().detect(parent.resolve("absent"));

        assertThat(detected.answers()).isEmpty();
        assertThat(detected.notes())
                .containsExactly("Folder " + parent.resolve("absent") + " could not be listed: not found");
    }

    @Test
    void nullFolderIsRejected() {
        assertThatThrownBy(() -> new ProjectDetector().detect(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void answersFollowFixedKeyOrder() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", """
                        {"config": {"port": 8080}, "dependencies": {"sharp": "^0.33"},
                         "scripts": {"build": "tsc"}, "main": "dist/index.js", "engines": {"node": ">=22"}}
                        """)
                .detect();

        assertThat(detected.answers().keySet()).containsExactly("language", "version", "name", "entrypoint",
                "packageManager", "lockfile", "buildScript", "nativeCode", "nativePackages", "systemLibraries", "port");
        assertThat(detected.sources().keySet()).containsExactlyElementsOf(detected.answers().keySet());
    }

    @Test
    void answersAreUnmodifiable() {
        DetectedProject detected = SampleProject.in(parent, "photos").file("go.mod", "go 1.24\n").detect();

        assertThatThrownBy(() -> detected.answers().put("port", 80)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> detected.notes().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void folderNamedPackageJsonIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos").directory("package.json").detect();

        assertThat(detected.answers()).containsEntry("language", "node");
        assertThat(detected.notes()).anyMatch(note -> note.startsWith("package.json could not be read: "));
    }

    @Test
    void invalidUtf8IsNoted() {
        byte[] latin1 = {'g', 'o', ' ', '1', '.', '2', '4', ' ', (byte) 0xE9, '\n'};
        DetectedProject detected = SampleProject.in(parent, "photos").bytes("go.mod", latin1).detect();

        assertThat(detected.answers()).containsEntry("language", "go");
        assertThat(detected.answers()).doesNotContainKey("version");
        assertThat(detected.notes()).contains("go.mod is not valid UTF-8 and was skipped");
    }

    @Test
    void oversizedManifestIsNoted() {
        String requirements = "numpy\n" + "#".repeat(ProjectFolder.MAX_FILE_BYTES);
        DetectedProject detected = SampleProject.in(parent, "photos").file("requirements.txt", requirements).detect();

        assertThat(detected.answers()).doesNotContainKey("nativeCode");
        assertThat(detected.notes()).contains("requirements.txt is larger than 1024 KiB and was skipped");
    }
}
