package org.homelabscaffold.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Detection for Python projects, marked by requirements.txt, pyproject.toml or setup.py. */
final class PythonDetector implements LanguageDetector {

    static final String REQUIREMENTS = "requirements.txt";
    static final String PYPROJECT = "pyproject.toml";
    private static final String PYTHON_VERSION = ".python-version";
    private static final List<String> MARKERS = List.of(REQUIREMENTS, PYPROJECT, "setup.py");
    private static final List<String> SCRIPT_ENTRYPOINTS = List.of("app.py", "main.py", "server.py");

    @Override
    public String language() {
        return "python";
    }

    @Override
    public Optional<String> findMarker(ProjectFolder folder) {
        return MARKERS.stream().filter(folder::hasRootEntry).findFirst();
    }

    @Override
    public void detect(ProjectFolder folder, DetectedProjectBuilder result) {
        Optional<JsonNode> pyproject = folder.hasRootEntry(PYPROJECT) ? folder.readToml(PYPROJECT) : Optional.empty();
        detectVersion(folder, pyproject, result);
        detectEntrypoint(folder, result);
        detectPackageManager(folder, pyproject, result);
        PythonDependencies.detectNativeCode(folder, pyproject, result);
    }

    /** Puts the version from .python-version, else the lowest one that pyproject.toml allows. */
    private static void detectVersion(
            ProjectFolder folder, Optional<JsonNode> pyproject, DetectedProjectBuilder result) {
        if (folder.hasRootEntry(PYTHON_VERSION)) {
            Optional<String> pinned = folder.readText(PYTHON_VERSION).flatMap(VersionRanges::firstVersionLine);
            Optional<String> version = pinned.flatMap(VersionRanges::majorMinor);
            if (version.isPresent()) {
                result.put(AnswerKey.VERSION, version.get(), PYTHON_VERSION);
                return;
            }
            pinned.ifPresent(value -> result.note(AnswerKey.VERSION, PYTHON_VERSION + " names '" + value
                    + "', which is not a CPython MAJOR.MINOR version, so it was skipped"));
        }
        pyproject.ifPresent(document -> detectRequiredVersion(document, result));
    }

    private static void detectRequiredVersion(JsonNode pyproject, DetectedProjectBuilder result) {
        JsonNode requiresPython = pyproject.path("project").path("requires-python");
        String source = PYPROJECT + " (project.requires-python)";
        if (!requiresPython.isTextual()) {
            requiresPython = pyproject.path("tool").path("poetry").path("dependencies").path("python");
            source = PYPROJECT + " (tool.poetry.dependencies.python)";
        }
        if (!requiresPython.isTextual()) {
            return;
        }
        String constraint = requiresPython.textValue();
        Optional<String> version = VersionRanges.lowestPythonMinor(constraint);
        if (version.isPresent()) {
            result.put(AnswerKey.VERSION, version.get(), source);
        } else {
            result.note(AnswerKey.VERSION, source + " '" + constraint + "' has no lower bound with a minor version, "
                    + "so the Python version is not detected");
        }
    }

    /** Puts the first of app.py, main.py and server.py at the root, else a package with __main__.py. */
    private static void detectEntrypoint(ProjectFolder folder, DetectedProjectBuilder result) {
        for (String script : SCRIPT_ENTRYPOINTS) {
            if (folder.hasRootEntry(script)) {
                result.put(AnswerKey.ENTRYPOINT, script, script);
                return;
            }
        }
        List<String> mainModules = findMainModules(folder);
        if (mainModules.size() == 1) {
            putModule(mainModules.get(0), result);
        } else if (mainModules.size() > 1) {
            chooseModule(folder, mainModules, result);
            putServices(mainModules, result);
        }
    }

    /** Returns paths such as "myapp/__main__.py" and "src/myapp/__main__.py", root packages first. */
    private static List<String> findMainModules(ProjectFolder folder) {
        List<String> found = new ArrayList<>();
        for (String entry : folder.rootEntries()) {
            if (isModuleName(entry) && folder.isFile(entry + "/__main__.py")) {
                found.add(entry + "/__main__.py");
            }
        }
        for (String entry : folder.listDirectories("src")) {
            if (isModuleName(entry) && folder.isFile("src/" + entry + "/__main__.py")) {
                found.add("src/" + entry + "/__main__.py");
            }
        }
        return found;
    }

    /** Prefers the package named after the folder, with '-' read as '_', and notes the others. */
    private static void chooseModule(ProjectFolder folder, List<String> mainModules, DetectedProjectBuilder result) {
        String preferred = folder.folderName().toLowerCase(Locale.ROOT).replace('-', '_');
        String listed = String.join(", ", mainModules);
        for (String path : mainModules) {
            if (moduleOf(path).equals(preferred)) {
                putModule(path, result);
                result.note(AnswerKey.ENTRYPOINT, "Found several packages with __main__.py (" + listed + ") and chose " + preferred);
                return;
            }
        }
        result.note(AnswerKey.ENTRYPOINT, "Found several packages with __main__.py (" + listed + "), but none is named after the "
                + "folder, so the entrypoint is not detected");
    }

    /**
     * Puts the packages as candidate services, named with '-' for '_'. Only lowercase package
     * names are put, so a service's module name is its name with '_' for '-' again.
     */
    private static void putServices(List<String> mainModules, DetectedProjectBuilder result) {
        List<String> services = mainModules.stream().map(PythonDetector::moduleOf)
                .filter(module -> module.matches("[a-z0-9_]+"))
                .map(module -> module.replace('_', '-'))
                .distinct()
                .toList();
        result.put(AnswerKey.SERVICES, services, "*/__main__.py");
    }

    private static void putModule(String mainPath, DetectedProjectBuilder result) {
        result.put(AnswerKey.ENTRYPOINT, moduleOf(mainPath), mainPath);
    }

    private static String moduleOf(String mainPath) {
        String[] parts = mainPath.split("/");
        return parts[parts.length - 2];
    }

    private static boolean isModuleName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /** Puts uv for uv.lock, poetry for poetry.lock or [tool.poetry], else pip, with its lockfile. */
    private void detectPackageManager(
            ProjectFolder folder, Optional<JsonNode> pyproject, DetectedProjectBuilder result) {
        boolean hasUvLock = folder.hasRootEntry("uv.lock");
        boolean hasPoetryLock = folder.hasRootEntry("poetry.lock");
        boolean hasPoetryTable = pyproject.map(document -> document.path("tool").has("poetry")).orElse(false);
        if (hasUvLock && hasPoetryLock) {
            result.note(AnswerKey.PACKAGE_MANAGER, "Found both uv.lock and poetry.lock and chose uv");
        }
        if (hasUvLock) {
            putManager("uv", "uv.lock", "uv.lock", true, result);
        } else if (hasPoetryLock || hasPoetryTable) {
            String source = hasPoetryLock ? "poetry.lock" : PYPROJECT + " ([tool.poetry])";
            putManager("poetry", source, "poetry.lock", hasPoetryLock, result);
        } else {
            boolean hasRequirements = folder.hasRootEntry(REQUIREMENTS);
            // Detection runs only when a marker exists, so the fallback is never used.
            String source = hasRequirements ? REQUIREMENTS : findMarker(folder).orElse(PYPROJECT);
            putManager("pip", source, REQUIREMENTS, hasRequirements, result);
            folder.readText(REQUIREMENTS).map(PythonRequirements::localFiles)
                    .filter(files -> !files.isEmpty())
                    .ifPresent(files -> result.put(AnswerKey.DEPENDENCY_FILES, List.copyOf(files),
                            REQUIREMENTS + " (local paths and includes)"));
        }
    }

    private static void putManager(
            String manager, String source, String lockfile, boolean hasLockfile, DetectedProjectBuilder result) {
        result.put(AnswerKey.PACKAGE_MANAGER, manager, source);
        result.put(AnswerKey.LOCKFILE, hasLockfile, hasLockfile ? lockfile : lockfile + " (not found)");
    }
}
