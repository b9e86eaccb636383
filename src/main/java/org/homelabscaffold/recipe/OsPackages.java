package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.SystemLibrary;

/** Package installation lines for Debian and Alpine that leave no package index or cache behind. */
final class OsPackages {

    private OsPackages() {}

    /** Returns the lines of one RUN step installing {@code packages}, sorted for stable output. */
    static List<String> install(Distro distro, List<String> packages) {
        List<String> sorted = packages.stream().distinct().sorted().toList();
        if (distro == Distro.ALPINE) {
            return List.of("RUN apk add --no-cache " + String.join(" ", sorted));
        }
        List<String> lines = new ArrayList<>();
        lines.add("RUN apt-get update");
        lines.add("&& apt-get install -y --no-install-recommends " + String.join(" ", sorted));
        lines.add("&& rm -rf /var/lib/apt/lists/*");
        return lines;
    }

    static List<String> buildPackages(Distro distro, List<String> libraryKeys) {
        return libraries(libraryKeys).stream().flatMap(library -> library.buildPackages(distro == Distro.ALPINE)
                .stream()).toList();
    }

    static List<String> runtimePackages(Distro distro, List<String> libraryKeys) {
        return libraries(libraryKeys).stream().flatMap(library -> library.runtimePackages(distro == Distro.ALPINE)
                .stream()).toList();
    }

    /** Returns the C compiler and libc headers of {@code distro}. */
    static List<String> compiler(Distro distro) {
        return distro == Distro.ALPINE ? List.of("gcc", "musl-dev") : List.of("gcc", "libc6-dev");
    }

    private static List<SystemLibrary> libraries(List<String> keys) {
        return keys.stream().map(key -> SystemLibrary.byKey(key).orElseThrow()).toList();
    }

    /** The distribution family of an image, which decides package names and tools. */
    enum Distro {
        ALPINE,
        DEBIAN,
        /** Distroless and scratch: nothing can be installed. */
        NONE
    }
}
