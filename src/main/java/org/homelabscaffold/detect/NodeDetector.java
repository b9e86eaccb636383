package org.homelabscaffold.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Detection for Node.js projects, marked by package.json. */
final class NodeDetector implements LanguageDetector {

    static final String PACKAGE_JSON = "package.json";
    private static final String NVMRC = ".nvmrc";
    private static final List<String> ROOT_SCRIPTS = List.of("index.js", "server.js");

    @Override
    public String language() {
        return "node";
    }

    @Override
    public Optional<String> findMarker(ProjectFolder folder) {
        return folder.hasRootEntry(PACKAGE_JSON) ? Optional.of(PACKAGE_JSON) : Optional.empty();
    }

    @Override
    public void detect(ProjectFolder folder, DetectedProjectBuilder result) {
        Optional<JsonNode> manifest = folder.readJson(PACKAGE_JSON);
        detectVersion(folder, manifest, result);
        detectEntrypoint(folder, manifest, result);
        NodePackageManagers.detect(folder, manifest, result);
        manifest.ifPresent(document -> {
            detectBuildScript(document, result);
            NodeDependencies.detectNativeCode(document, result);
            detectPort(document, result);
        });
    }

    static String withoutLeadingDotSlash(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    /** Puts the major version from .nvmrc, else the lowest one that engines.node allows. */
    private static void detectVersion(
            ProjectFolder folder, Optional<JsonNode> manifest, DetectedProjectBuilder result) {
        if (folder.hasRootEntry(NVMRC)) {
            Optional<String> pinned = folder.readText(NVMRC).flatMap(VersionRanges::firstVersionLine);
            Optional<String> major = pinned.flatMap(NodeDetector::majorOf);
            if (major.isPresent()) {
                result.put(AnswerKey.VERSION, major.get(), NVMRC);
                return;
            }
            pinned.ifPresent(value -> result.note(NVMRC + " names '" + value
                    + "', which is not a version number, so it was skipped"));
        }
        manifest.ifPresent(document -> detectEngineVersion(document, result));
    }

    private static void detectEngineVersion(JsonNode manifest, DetectedProjectBuilder result) {
        JsonNode engine = manifest.path("engines").path("node");
        if (!engine.isTextual()) {
            return;
        }
        Optional<String> major = VersionRanges.lowestNodeMajor(engine.textValue());
        if (major.isPresent()) {
            result.put(AnswerKey.VERSION, major.get(), PACKAGE_JSON + " (engines.node)");
        } else {
            result.note(PACKAGE_JSON + " engines.node '" + engine.textValue()
                    + "' has no lower bound, so the Node.js version is not detected");
        }
    }

    /** Returns "24" for "24", "v24" or "v24.1.0"; empty for aliases such as "lts/*" or "node". */
    private static Optional<String> majorOf(String version) {
        if (!version.matches("v?\\d{1,9}(\\.\\d{1,9}){0,2}")) {
            return Optional.empty();
        }
        String digits = version.startsWith("v") ? version.substring(1) : version;
        int dot = digits.indexOf('.');
        return Optional.of(dot < 0 ? digits : digits.substring(0, dot));
    }

    /** Puts package.json main, else the file of a "node FILE" start script, else index.js or server.js. */
    private static void detectEntrypoint(
            ProjectFolder folder, Optional<JsonNode> manifest, DetectedProjectBuilder result) {
        JsonNode main = manifest.map(document -> document.path("main")).orElse(null);
        if (main != null && main.isTextual() && !main.textValue().isBlank()) {
            String entrypoint = withoutLeadingDotSlash(main.textValue().strip());
            result.put(AnswerKey.ENTRYPOINT, entrypoint, PACKAGE_JSON + " (main)");
            return;
        }
        JsonNode start = manifest.map(document -> document.path("scripts").path("start")).orElse(null);
        Optional<String> startFile = start != null && start.isTextual()
                ? NodeStartScript.scriptFile(start.textValue())
                : Optional.empty();
        if (startFile.isPresent()) {
            result.put(AnswerKey.ENTRYPOINT, startFile.get(), PACKAGE_JSON + " (scripts.start)");
            return;
        }
        ROOT_SCRIPTS.stream()
                .filter(folder::hasRootEntry)
                .findFirst()
                .ifPresent(script -> result.put(AnswerKey.ENTRYPOINT, script, script));
    }

    private static void detectBuildScript(JsonNode manifest, DetectedProjectBuilder result) {
        boolean hasBuild = manifest.path("scripts").path("build").isTextual();
        result.put(AnswerKey.BUILD_SCRIPT, hasBuild, PACKAGE_JSON + " (scripts.build)");
    }

    /** Puts config.port when it is a whole number from 1 to 65535, written as a number or a string. */
    private static void detectPort(JsonNode manifest, DetectedProjectBuilder result) {
        JsonNode port = manifest.path("config").path("port");
        if (port.isMissingNode()) {
            return;
        }
        String text = port.isIntegralNumber() || port.isTextual() ? port.asText().strip() : "";
        if (text.matches("\\d{1,5}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 65535) {
            result.put(AnswerKey.PORT, Integer.parseInt(text), PACKAGE_JSON + " (config.port)");
        } else {
            result.note(PACKAGE_JSON + " config.port " + port
                    + " is not a port number from 1 to 65535, so it was skipped");
        }
    }
}
