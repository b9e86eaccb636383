package org.homelabscaffold.detect;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dependencies known to compile or link native code, with the system libraries each one needs
 * at build and run time.
 *
 * <p>An empty list means the package needs no system library, for example because it bundles
 * its C library (go-sqlite3, better-sqlite3) or ships prebuilt binaries (sharp with libvips).
 */
final class NativePackages {

    enum Ecosystem { GO, NODE, PYTHON }

    /** Python names are in PEP 503 normalized form, so look them up with {@link PythonRequirements#normalize}. */
    private static final Map<Ecosystem, Map<String, List<String>>> SYSTEM_LIBRARIES = Map.of(
            Ecosystem.PYTHON, Map.of(
                    "psycopg2", List.of("libpq"),
                    "mysqlclient", List.of("libmariadb"),
                    "lxml", List.of("libxml2"),
                    "pillow", List.of("libjpeg"),
                    // Wheels exist for common platforms, but a source build needs libffi, so plan for it.
                    "cryptography", List.of("libffi"),
                    "numpy", List.of(),
                    "pandas", List.of(),
                    "uvloop", List.of()),
            Ecosystem.NODE, Map.of(
                    "canvas", List.of("cairo"),
                    "bcrypt", List.of(),
                    "sharp", List.of(),
                    "better-sqlite3", List.of(),
                    "argon2", List.of(),
                    "sqlite3", List.of()),
            Ecosystem.GO, Map.of(
                    "github.com/mattn/go-sqlite3", List.of()));

    private NativePackages() {}

    /** Returns the system libraries of a known native package, or empty when the package is not known. */
    static Optional<List<String>> systemLibraries(Ecosystem ecosystem, String packageName) {
        return Optional.ofNullable(SYSTEM_LIBRARIES.get(ecosystem).get(packageName));
    }
}
