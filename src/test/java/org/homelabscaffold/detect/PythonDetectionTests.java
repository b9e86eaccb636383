package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PythonDetectionTests {

    private static final String PYPROJECT = """
            [project]
            name = "photos"
            requires-python = ">=3.12"
            dependencies = [
                "psycopg2>=2.9",
                "fastapi[standard]~=0.115",
            ]

            [project.optional-dependencies]
            images = ["pillow"]
            """;

    @TempDir
    Path parent;

    @Test
    void pyprojectWithPsycopg2NeedsLibpq() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", PYPROJECT)
                .file("app.py", "")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "python");
        assertThat(detected.answers()).containsEntry("version", "3.12");
        assertThat(detected.answers()).containsEntry("entrypoint", "app.py");
        assertThat(detected.answers()).containsEntry("packageManager", "pip");
        assertThat(detected.answers()).containsEntry("lockfile", false);
        assertThat(detected.answers()).containsEntry("nativeCode", true);
        assertThat(detected.answers()).containsEntry("nativePackages", List.of("psycopg2"));
        assertThat(detected.answers()).containsEntry("systemLibraries", List.of("libpq"));
        assertThat(detected.sources()).containsEntry("version", "pyproject.toml (project.requires-python)");
        assertThat(detected.sources()).containsEntry("packageManager", "pyproject.toml");
        assertThat(detected.sources()).containsEntry("lockfile", "requirements.txt (not found)");
        assertThat(detected.sources()).containsEntry("nativeCode", "pyproject.toml (project.dependencies)");
        assertThat(detected.notes()).isEmpty();
    }

    @Test
    void localPathsInRequirementsBecomeDependencyFiles() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("requirements.txt", "-r base.txt\n./fastsum\n-e ./libs/pq[extra]\n-c constraints.txt\nflask\n")
                .file("base.txt", "requests\n")
                .detect();

        assertThat(detected.answers()).containsEntry("dependencyFiles",
                java.util.List.of("base.txt", "fastsum", "libs/pq", "constraints.txt"));
        assertThat(detected.sources()).containsEntry("dependencyFiles", "requirements.txt (local paths and includes)");
    }

    @Test
    void pythonVersionFileWinsOverRequiresPython() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", PYPROJECT)
                .file(".python-version", "# pinned by pyenv\n3.13.1\n")
                .detect();

        assertThat(detected.answers()).containsEntry("version", "3.13");
        assertThat(detected.sources()).containsEntry("version", ".python-version");
    }

    @Test
    void pythonVersionFileWithAliasFallsBack() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", PYPROJECT)
                .file(".python-version", "pypy3.10\n")
                .detect();

        assertThat(detected.answers()).containsEntry("version", "3.12");
        assertThat(detected.notes()).contains(".python-version names 'pypy3.10', which is not a CPython "
                + "MAJOR.MINOR version, so it was skipped");
    }

    @Test
    void unboundedRequiresPythonIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", "[project]\nrequires-python = \"<3.14\"\n")
                .detect();

        assertThat(detected.answers()).doesNotContainKey("version");
        assertThat(detected.notes()).contains("pyproject.toml (project.requires-python) '<3.14' has no lower bound "
                + "with a minor version, so the Python version is not detected");
    }

    @Test
    void requirementsNamesAreNormalized() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("requirements.txt", """
                        # runtime
                        Pillow[webp]>=10 ; python_version >= "3.9"
                        MySQLclient==2.2.4 \\
                            --hash=sha256:0123
                        LXML
                        psycopg2-binary==2.9.10
                        numpy_financial
                        -e ./libs/shared
                        """)
                .detect();

        assertThat(detected.answers()).containsEntry("nativePackages", List.of("lxml", "mysqlclient", "pillow"));
        assertThat(detected.answers()).containsEntry("systemLibraries", List.of("libjpeg", "libmariadb", "libxml2"));
        assertThat(detected.answers()).containsEntry("packageManager", "pip");
        assertThat(detected.answers()).containsEntry("lockfile", true);
        assertThat(detected.sources()).containsEntry("nativePackages", "requirements.txt");
    }

    @Test
    void psycopg2BinaryIsNotNative() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("requirements.txt", "psycopg2-binary==2.9.10\n")
                .detect();

        assertThat(detected.answers()).containsEntry("nativeCode", false);
        assertThat(detected.answers()).doesNotContainKey("nativePackages");
        assertThat(detected.sources()).containsEntry("nativeCode", "requirements.txt");
    }

    @Test
    void includedRequirementsAreRead() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("requirements.txt", "-r requirements/base.txt\n--requirement=../outside.txt\ngunicorn\n")
                .file("requirements/base.txt", "numpy>=2\n")
                .detect();

        assertThat(detected.answers()).containsEntry("nativePackages", List.of("numpy"));
        assertThat(detected.answers()).containsEntry("systemLibraries", List.of());
        assertThat(detected.sources()).containsEntry("nativePackages", "requirements/base.txt");
        assertThat(detected.notes()).contains("requirements.txt includes ../outside.txt, which is outside the folder "
                + "and was not read");
    }

    @Test
    void poetryProjectWithLock() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", """
                        [tool.poetry]
                        name = "photos"

                        [tool.poetry.dependencies]
                        python = "^3.11"
                        Cryptography = "^44.0"

                        [tool.poetry.group.dev.dependencies]
                        lxml = "*"
                        """)
                .file("poetry.lock", "")
                .detect();

        assertThat(detected.answers()).containsEntry("version", "3.11");
        assertThat(detected.answers()).containsEntry("packageManager", "poetry");
        assertThat(detected.answers()).containsEntry("lockfile", true);
        assertThat(detected.answers()).containsEntry("nativePackages", List.of("cryptography"));
        assertThat(detected.answers()).containsEntry("systemLibraries", List.of("libffi"));
        assertThat(detected.sources()).containsEntry("version", "pyproject.toml (tool.poetry.dependencies.python)");
        assertThat(detected.sources()).containsEntry("packageManager", "poetry.lock");
    }

    @Test
    void poetryTableWithoutLock() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", "[tool.poetry]\nname = \"photos\"\n")
                .detect();

        assertThat(detected.answers()).containsEntry("packageManager", "poetry");
        assertThat(detected.answers()).containsEntry("lockfile", false);
        assertThat(detected.sources()).containsEntry("packageManager", "pyproject.toml ([tool.poetry])");
        assertThat(detected.sources()).containsEntry("lockfile", "poetry.lock (not found)");
    }

    @Test
    void uvLockMeansUv() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", PYPROJECT)
                .file("uv.lock", "version = 1\n")
                .detect();

        assertThat(detected.answers()).containsEntry("packageManager", "uv");
        assertThat(detected.answers()).containsEntry("lockfile", true);
        assertThat(detected.sources()).containsEntry("lockfile", "uv.lock");
    }

    @Test
    void firstRootScriptIsEntrypoint() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("requirements.txt", "")
                .file("server.py", "")
                .file("main.py", "")
                .detect();

        assertThat(detected.answers()).containsEntry("entrypoint", "main.py");
    }

    @Test
    void packageWithMainModuleIsEntrypoint() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("setup.py", "")
                .file("myapp/__init__.py", "")
                .file("myapp/__main__.py", "")
                .file("tests/__init__.py", "")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "python");
        assertThat(detected.answers()).containsEntry("entrypoint", "myapp");
        assertThat(detected.sources()).containsEntry("entrypoint", "myapp/__main__.py");
        assertThat(detected.answers()).doesNotContainKey("version");
        assertThat(detected.answers()).doesNotContainKey("nativeCode");
    }

    @Test
    void srcLayoutPackagePreferredByFolderName() {
        DetectedProject detected = SampleProject.in(parent, "photo-sync")
                .file("pyproject.toml", "[project]\nname = \"photo-sync\"\n")
                .file("src/photo_sync/__main__.py", "")
                .file("src/tools/__main__.py", "")
                .detect();

        assertThat(detected.answers()).containsEntry("entrypoint", "photo_sync");
        assertThat(detected.notes()).contains("Found several packages with __main__.py (src/photo_sync/__main__.py, "
                + "src/tools/__main__.py) and chose photo_sync");
    }

    @Test
    @Timeout(10)
    void severalMainPackagesAreCandidateServices() {
        DetectedProject detected = SampleProject.in(parent, "feeds")
                .file("pyproject.toml", "[project]\nname = \"feeds\"\n")
                .file("feed_web/__main__.py", "")
                .file("src/worker/__main__.py", "")
                .file("src/Legacy/__main__.py", "")
                .detect();

        assertThat(detected.answers()).containsEntry("services", List.of("feed-web", "worker"));
        assertThat(detected.sources()).containsEntry("services", "*/__main__.py");
    }

    @Test
    void malformedPyprojectIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("pyproject.toml", "[project\nname = \"photos\"\n")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "python");
        assertThat(detected.answers()).doesNotContainKey("version");
        assertThat(detected.notes()).anyMatch(note -> note.startsWith("pyproject.toml is not valid TOML: line 1"));
    }
}
