package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeDetectionTests {

    private static final String BUILT_PACKAGE = """
            {
              "name": "photos",
              "scripts": {"build": "tsc -p .", "start": "node --enable-source-maps dist/index.js"},
              "engines": {"node": ">=22"},
              "dependencies": {"express": "^5.1.0"},
              "devDependencies": {"bcrypt": "^6.0.0", "typescript": "^5.8.0"}
            }
            """;

    @TempDir
    Path parent;

    @Test
    void pnpmProjectWithBuildScript() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", BUILT_PACKAGE)
                .file("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "node");
        assertThat(detected.answers()).containsEntry("version", "22");
        assertThat(detected.answers()).containsEntry("entrypoint", "dist/index.js");
        assertThat(detected.answers()).containsEntry("packageManager", "pnpm");
        assertThat(detected.answers()).containsEntry("lockfile", true);
        assertThat(detected.answers()).containsEntry("buildScript", true);
        assertThat(detected.answers()).containsEntry("nativeCode", false);
        assertThat(detected.answers()).doesNotContainKey("port");
        assertThat(detected.sources()).containsEntry("version", "package.json (engines.node)");
        assertThat(detected.sources()).containsEntry("entrypoint", "package.json (scripts.start)");
        assertThat(detected.sources()).containsEntry("packageManager", "pnpm-lock.yaml");
        assertThat(detected.sources()).containsEntry("lockfile", "pnpm-lock.yaml");
        assertThat(detected.notes()).isEmpty();
    }

    @Test
    void nvmrcWinsOverEngines() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", BUILT_PACKAGE)
                .file(".nvmrc", "v24.1.0\n")
                .detect();

        assertThat(detected.answers()).containsEntry("version", "24");
        assertThat(detected.sources()).containsEntry("version", ".nvmrc");
    }

    @Test
    void nvmrcAliasFallsBackToEngines() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"engines\": {\"node\": \"^24.1\"}}")
                .file(".nvmrc", "lts/*\n")
                .detect();

        assertThat(detected.answers()).containsEntry("version", "24");
        assertThat(detected.notes()).contains(".nvmrc names 'lts/*', which is not a version number, so it was skipped");
    }

    @Test
    void malformedPackageJsonIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\n  \"name\": \"photos\",\n  \"main\": \"server.js\",,\n}\n")
                .file("server.js", "")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "node");
        assertThat(detected.answers()).containsEntry("entrypoint", "server.js");
        assertThat(detected.answers()).containsEntry("packageManager", "npm");
        assertThat(detected.answers()).doesNotContainKey("buildScript");
        assertThat(detected.notes()).singleElement().asString()
                .startsWith("package.json is not valid JSON: line 3, column ");
    }

    @Test
    void nonObjectPackageJsonIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos").file("package.json", "[]").detect();

        assertThat(detected.notes()).contains("package.json does not contain a JSON object and was skipped");
    }

    @Test
    void trailingContentInvalidatesPackageJson() {
        DetectedProject detected = SampleProject.in(parent, "photos").file("package.json", "{} {}").detect();

        assertThat(detected.notes()).anyMatch(note -> note.startsWith("package.json is not valid JSON"));
    }

    @Test
    void packageManagerFieldWinsOverLockfile() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"packageManager\": \"pnpm@9.1.0+sha512.abc\"}")
                .file("yarn.lock", "")
                .detect();

        assertThat(detected.answers()).containsEntry("packageManager", "pnpm");
        assertThat(detected.answers()).containsEntry("lockfile", false);
        assertThat(detected.sources()).containsEntry("packageManager", "package.json (packageManager)");
        assertThat(detected.sources()).containsEntry("lockfile", "pnpm-lock.yaml (not found)");
        assertThat(detected.notes())
                .contains("package.json (packageManager) names pnpm, but the lockfile belongs to yarn");
    }

    @Test
    void unknownPackageManagerFieldIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"packageManager\": \"bun@1.2.0\"}")
                .file("package-lock.json", "{}")
                .detect();

        assertThat(detected.answers()).containsEntry("packageManager", "npm");
        assertThat(detected.answers()).containsEntry("lockfile", true);
        assertThat(detected.notes()).contains("package.json (packageManager) 'bun@1.2.0' is not npm, yarn or pnpm, "
                + "so lockfiles decide");
    }

    @Test
    void lockfilesChooseManager() {
        assertManager("yarn.lock", "yarn");
        assertManager("package-lock.json", "npm");
        assertManager("npm-shrinkwrap.json", "npm");
    }

    @Test
    void noLockfileMeansNpmWithoutLockfile() {
        DetectedProject detected = SampleProject.in(parent, "photos").file("package.json", "{}").detect();

        assertThat(detected.answers()).containsEntry("packageManager", "npm");
        assertThat(detected.answers()).containsEntry("lockfile", false);
        assertThat(detected.answers()).containsEntry("buildScript", false);
        assertThat(detected.sources()).containsEntry("lockfile", "package-lock.json (not found)");
    }

    @Test
    void severalLockfilesAreNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{}")
                .file("package-lock.json", "{}")
                .file("yarn.lock", "")
                .detect();

        assertThat(detected.answers()).containsEntry("packageManager", "yarn");
        assertThat(detected.notes()).contains("Found lockfiles of several package managers (yarn, npm) and chose yarn");
    }

    @Test
    void nativeAddonsComeFromDependenciesOnly() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", """
                        {"dependencies": {"sharp": "^0.34", "canvas": "^3.1", "express": "^5"},
                         "devDependencies": {"bcrypt": "^6"}}
                        """)
                .detect();

        assertThat(detected.answers()).containsEntry("nativeCode", true);
        assertThat(detected.answers()).containsEntry("nativePackages", List.of("canvas", "sharp"));
        assertThat(detected.answers()).containsEntry("systemLibraries", List.of("cairo"));
        assertThat(detected.sources()).containsEntry("nativePackages", "package.json (dependencies)");
    }

    @Test
    void mainIsEntrypoint() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"main\": \"./src/server.mjs\", \"scripts\": {\"start\": \"node app.js\"}}")
                .file("index.js", "")
                .detect();

        assertThat(detected.answers()).containsEntry("entrypoint", "src/server.mjs");
        assertThat(detected.sources()).containsEntry("entrypoint", "package.json (main)");
    }

    @Test
    void rootIndexBeatsShellStartScript() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"scripts\": {\"start\": \"npm run build && node dist/index.js\"}}")
                .file("index.js", "")
                .file("server.js", "")
                .detect();

        assertThat(detected.answers()).containsEntry("entrypoint", "index.js");
        assertThat(detected.sources()).containsEntry("entrypoint", "index.js");
    }

    @Test
    void configPortIsDetected() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"config\": {\"port\": \"3000\"}}")
                .detect();

        assertThat(detected.answers()).containsEntry("port", 3000);
        assertThat(detected.sources()).containsEntry("port", "package.json (config.port)");
    }

    @Test
    void invalidConfigPortIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("package.json", "{\"config\": {\"port\": 70000}}")
                .detect();

        assertThat(detected.answers()).doesNotContainKey("port");
        assertThat(detected.notes()).contains("package.json config.port 70000 is not a port number from 1 to 65535, "
                + "so it was skipped");
    }

    private void assertManager(String lockfile, String manager) {
        DetectedProject detected = SampleProject.in(parent, lockfile)
                .file("package.json", "{}")
                .file(lockfile, "")
                .detect();

        assertThat(detected.answers()).as(lockfile).containsEntry("packageManager", manager);
        assertThat(detected.answers()).as(lockfile).containsEntry("lockfile", true);
        assertThat(detected.sources()).as(lockfile).containsEntry("lockfile", lockfile);
    }
}
