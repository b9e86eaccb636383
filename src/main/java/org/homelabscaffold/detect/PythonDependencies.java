package org.homelabscaffold.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.homelabscaffold.detect.NativePackages.Ecosystem;

/** Native-code detection from the runtime dependencies that a Python project lists. */
final class PythonDependencies {

    private PythonDependencies() {}

    /**
     * Checks requirements.txt (and the files it includes with -r), pyproject.toml's
     * [project] dependencies and [tool.poetry.dependencies] against the known native packages.
     */
    static void detectNativeCode(ProjectFolder folder, Optional<JsonNode> pyproject, DetectedProjectBuilder result) {
        NativeCodeFindings findings = new NativeCodeFindings(Ecosystem.PYTHON);
        if (folder.hasRootEntry(PythonDetector.REQUIREMENTS)) {
            checkRequirementsFile(folder, findings, result);
        }
        pyproject.ifPresent(document -> checkPyproject(document, findings));
        findings.record(result);
    }

    /** Reads requirements.txt and, one level deep, the files it includes, which must lie inside the folder. */
    private static void checkRequirementsFile(
            ProjectFolder folder, NativeCodeFindings findings, DetectedProjectBuilder result) {
        Optional<String> text = folder.readText(PythonDetector.REQUIREMENTS);
        if (text.isEmpty()) {
            return;
        }
        findings.checkDependencies(PythonRequirements.namesInRequirementsFile(text.get()), PythonDetector.REQUIREMENTS);
        for (String included : PythonRequirements.includedFiles(text.get())) {
            if (!isInsideFolder(included)) {
                result.note(PythonDetector.REQUIREMENTS + " includes " + included
                        + ", which is outside the folder and was not read");
                continue;
            }
            folder.readText(included).ifPresentOrElse(
                    includedText -> findings.checkDependencies(
                            PythonRequirements.namesInRequirementsFile(includedText), included),
                    () -> result.note(PythonDetector.REQUIREMENTS + " includes " + included + ", which was not read"));
        }
    }

    private static boolean isInsideFolder(String relativePath) {
        try {
            Path path = Path.of(relativePath).normalize();
            return !path.isAbsolute() && !path.startsWith("..");
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void checkPyproject(JsonNode pyproject, NativeCodeFindings findings) {
        JsonNode projectDependencies = pyproject.path("project").path("dependencies");
        if (projectDependencies.isArray()) {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode requirement : projectDependencies) {
                if (requirement.isTextual()) {
                    PythonRequirements.nameOf(requirement.textValue()).ifPresent(names::add);
                }
            }
            findings.checkDependencies(names, PythonDetector.PYPROJECT + " (project.dependencies)");
        }
        JsonNode poetryDependencies = pyproject.path("tool").path("poetry").path("dependencies");
        if (poetryDependencies.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            for (Iterator<String> keys = poetryDependencies.fieldNames(); keys.hasNext(); ) {
                String name = keys.next();
                // The "python" key is Poetry's interpreter constraint, not a package.
                if (!name.equals("python")) {
                    names.add(PythonRequirements.normalize(name));
                }
            }
            findings.checkDependencies(names, PythonDetector.PYPROJECT + " (tool.poetry.dependencies)");
        }
    }
}
