package org.homelabscaffold.detect;

import java.util.List;

/** Answers-file keys that detection can fill, in the order they appear in a result. */
final class AnswerKey {

    static final String LANGUAGE = "language";
    static final String VERSION = "version";
    static final String NAME = "name";
    static final String ENTRYPOINT = "entrypoint";
    static final String PACKAGE_MANAGER = "packageManager";
    static final String LOCKFILE = "lockfile";
    static final String DEPENDENCY_FILES = "dependencyFiles";
    static final String BUILD_SCRIPT = "buildScript";
    static final String NATIVE_CODE = "nativeCode";
    static final String NATIVE_PACKAGES = "nativePackages";
    static final String SYSTEM_LIBRARIES = "systemLibraries";
    static final String PORT = "port";
    /**
     * Candidate services when there are several: Go's main packages under cmd/, or Python's
     * packages with __main__.py, named with '-' for '_'.
     */
    static final String SERVICES = "services";

    static final List<String> ORDER = List.of(
            LANGUAGE,
            VERSION,
            NAME,
            ENTRYPOINT,
            PACKAGE_MANAGER,
            LOCKFILE,
            DEPENDENCY_FILES,
            BUILD_SCRIPT,
            NATIVE_CODE,
            NATIVE_PACKAGES,
            SYSTEM_LIBRARIES,
            PORT,
            SERVICES);

    private AnswerKey() {}
}
