package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class GoDetectionTests {

    private static final String MAIN = "package main\n\nfunc main() {}\n";

    @TempDir
    Path parent;

    @Test
    void moduleWithoutGoSum() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n\ngo 1.23.4\n")
                .file("cmd/server/main.go", MAIN)
                .file("internal/store/store.go", "package store\n")
                .detect();

        assertThat(detected.answers()).containsEntry("language", "go");
        assertThat(detected.answers()).containsEntry("version", "1.23");
        assertThat(detected.answers()).containsEntry("name", "photos");
        assertThat(detected.answers()).containsEntry("entrypoint", "./cmd/server");
        assertThat(detected.answers()).containsEntry("packageManager", "go");
        assertThat(detected.answers()).containsEntry("lockfile", false);
        assertThat(detected.answers()).containsEntry("nativeCode", false);
        assertThat(detected.sources()).containsEntry("version", "go.mod (go directive)");
        assertThat(detected.sources()).containsEntry("entrypoint", "cmd/server/main.go (package main)");
        assertThat(detected.sources()).containsEntry("lockfile", "go.sum (not found)");
        assertThat(detected.notes()).isEmpty();
    }

    @Test
    void goSumMakesLockfileTrue() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n\ngo 1.24\n")
                .file("go.sum", "")
                .detect();

        assertThat(detected.answers()).containsEntry("lockfile", true);
        assertThat(detected.sources()).containsEntry("lockfile", "go.sum");
    }

    @Test
    void goSqlite3MeansNativeCode() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", """
                        module example.com/photos

                        go 1.24.1

                        require (
                        \tgithub.com/go-chi/chi/v5 v5.2.1
                        \tgithub.com/mattn/go-sqlite3 v1.14.28 // indirect
                        )
                        """)
                .file("go.sum", "")
                .file("main.go", MAIN)
                .detect();

        assertThat(detected.answers()).containsEntry("nativeCode", true);
        assertThat(detected.answers()).containsEntry("nativePackages", List.of("github.com/mattn/go-sqlite3"));
        assertThat(detected.answers()).containsEntry("systemLibraries", List.of());
        assertThat(detected.sources()).containsEntry("nativeCode", "go.mod (require)");
        assertThat(detected.answers()).containsEntry("entrypoint", ".");
    }

    @Test
    void cgoImportLeavesOutSystemLibraries() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n\ngo 1.24\n")
                .file("cmd/server/main.go", MAIN)
                .file("cmd/server/exif.go", """
                        package main

                        // #cgo LDFLAGS: -lexif
                        // #include <libexif/exif-data.h>
                        import "C"
                        """)
                .detect();

        assertThat(detected.answers()).containsEntry("nativeCode", true);
        assertThat(detected.answers()).doesNotContainKey("nativePackages");
        assertThat(detected.answers()).doesNotContainKey("systemLibraries");
        assertThat(detected.sources()).containsEntry("nativeCode", "cmd/server/exif.go (import \"C\")");
        assertThat(detected.notes()).contains("systemLibraries is not detected, because the cgo code in "
                + "cmd/server/exif.go can link any C library");
    }

    @Test
    void groupedCgoImportIsFound() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("main.go", """
                        package main

                        /*
                        #include <stdlib.h>
                        */
                        import (
                        \t"fmt"
                        \t"C" // cgo
                        )
                        """)
                .detect();

        assertThat(detected.answers()).containsEntry("nativeCode", true);
    }

    @Test
    void cgoInTestFileIsIgnored() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("main_test.go", "package main\n\nimport \"C\"\n")
                .file("main.go", "package main\n\n// import \"C\" is not used here\nfunc main() {}\n")
                .detect();

        assertThat(detected.answers()).containsEntry("nativeCode", false);
    }

    @Test
    void cgoScanStopsAtFileLimit() {
        SampleProject project = SampleProject.in(parent, "photos").file("go.mod", "module example.com/photos\n");
        for (int i = 0; i < GoSources.MAX_SCANNED_FILES; i++) {
            project.file(String.format("a%02d.go", i), "package photos\n");
        }
        DetectedProject detected = project.file("zz.go", "package photos\n\nimport \"C\"\n").detect();

        assertThat(detected.answers()).containsEntry("nativeCode", false);
        assertThat(detected.notes()).contains("Only the first 40 Go files at the root and under cmd/ were checked "
                + "for import \"C\"");
    }

    @Test
    void toolchainIsOnlyNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n\ngo 1.22.0\n\ntoolchain go1.24.2\n")
                .detect();

        assertThat(detected.answers()).containsEntry("version", "1.22");
        assertThat(detected.notes()).contains("go.mod also names toolchain go1.24.2, but the Go version default "
                + "comes from the go directive");
    }

    @Test
    void missingGoDirectiveIsNoted() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .detect();

        assertThat(detected.answers()).doesNotContainKey("version");
        assertThat(detected.notes()).contains("go.mod has no go directive, so the Go version is not detected");
    }

    @Test
    void libraryMainGoIsNotEntrypoint() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("main.go", "package photos\n")
                .file("cmd/photosd/main.go", MAIN)
                .detect();

        assertThat(detected.answers()).containsEntry("entrypoint", "./cmd/photosd");
    }

    @Test
    void severalCommandsPreferServer() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("cmd/worker/main.go", MAIN)
                .file("cmd/server/main.go", MAIN)
                .file("cmd/api/main.go", MAIN)
                .detect();

        assertThat(detected.answers()).containsEntry("entrypoint", "./cmd/server");
        assertThat(detected.notes()).contains("Found several main packages under cmd/ (api, server, worker) "
                + "and chose ./cmd/server");
    }

    @Test
    @Timeout(10)
    void severalCommandsAreCandidateServices() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("cmd/worker/main.go", MAIN)
                .file("cmd/api/main.go", MAIN)
                .file("cmd/notes/README.md", "no Go here\n")
                .detect();

        assertThat(detected.answers()).containsEntry("services", List.of("api", "worker"));
        assertThat(detected.sources()).containsEntry("services", "cmd/*/main.go (package main)");
    }

    @Test
    @Timeout(10)
    void oneCommandIsNoServiceList() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("cmd/api/main.go", MAIN)
                .detect();

        assertThat(detected.answers()).doesNotContainKey("services");
    }

    @Test
    void severalCommandsPreferFolderName() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("cmd/server/main.go", MAIN)
                .file("cmd/photos/main.go", MAIN)
                .detect();

        assertThat(detected.answers()).containsEntry("entrypoint", "./cmd/photos");
    }

    @Test
    void unpreferredCommandsGiveNoEntrypoint() {
        DetectedProject detected = SampleProject.in(parent, "photos")
                .file("go.mod", "module example.com/photos\n")
                .file("cmd/worker/main.go", MAIN)
                .file("cmd/migrate/main.go", MAIN)
                .detect();

        assertThat(detected.answers()).doesNotContainKey("entrypoint");
        assertThat(detected.notes()).contains("Found several main packages under cmd/ (migrate, worker), but none "
                + "is named after the folder, server or api, so the entrypoint is not detected");
    }
}
