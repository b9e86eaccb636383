package org.homelabscaffold.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homelabscaffold.detect.NativePackages.Ecosystem;

/** Detection for Go modules, marked by go.mod. */
final class GoDetector implements LanguageDetector {

    private static final String GO_MOD = "go.mod";
    private static final String GO_SUM = "go.sum";

    @Override
    public String language() {
        return "go";
    }

    @Override
    public Optional<String> findMarker(ProjectFolder folder) {
        return folder.hasRootEntry(GO_MOD) ? Optional.of(GO_MOD) : Optional.empty();
    }

    @Override
    public void detect(ProjectFolder folder, DetectedProjectBuilder result) {
        Optional<GoModule> module = folder.readText(GO_MOD).map(GoModule::parse);
        module.ifPresent(parsed -> detectVersion(parsed, result));
        detectEntrypoint(folder, result);
        result.put(AnswerKey.PACKAGE_MANAGER, "go", GO_MOD);
        boolean hasGoSum = folder.hasRootEntry(GO_SUM);
        result.put(AnswerKey.LOCKFILE, hasGoSum, hasGoSum ? GO_SUM : GO_SUM + " (not found)");
        detectNativeCode(folder, module, result);
    }

    private static void detectVersion(GoModule module, DetectedProjectBuilder result) {
        Optional<String> version = module.goVersion().flatMap(VersionRanges::majorMinor);
        if (version.isPresent()) {
            result.put(AnswerKey.VERSION, version.get(), GO_MOD + " (go directive)");
        } else if (module.goVersion().isPresent()) {
            result.note(AnswerKey.VERSION, GO_MOD + " has go directive '" + module.goVersion().get()
                    + "', which is not a MAJOR.MINOR version");
        } else {
            result.note(AnswerKey.VERSION, GO_MOD + " has no go directive, so the Go version is not detected");
        }
        module.toolchain().ifPresent(toolchain -> result.note(AnswerKey.VERSION, GO_MOD + " also names toolchain " + toolchain
                + ", but the Go version default comes from the go directive"));
    }

    /**
     * Puts "." for a root main package, else "./cmd/NAME" for the one main package under cmd/, or
     * for the preferred one of several, which are also put as the candidate services.
     */
    private static void detectEntrypoint(ProjectFolder folder, DetectedProjectBuilder result) {
        if (GoSources.isMainPackage(folder, "main.go")) {
            result.put(AnswerKey.ENTRYPOINT, ".", "main.go (package main)");
            return;
        }
        List<String> commands = new ArrayList<>();
        for (String command : folder.listDirectories("cmd")) {
            if (GoSources.isMainPackage(folder, "cmd/" + command + "/main.go")) {
                commands.add(command);
            }
        }
        if (commands.size() == 1) {
            putCommand(commands.get(0), result);
        } else if (commands.size() > 1) {
            chooseCommand(folder, commands, result);
            result.put(AnswerKey.SERVICES, commands, "cmd/*/main.go (package main)");
        }
    }

    /** Prefers the command named after the folder, then "server", then "api", and notes the others. */
    private static void chooseCommand(ProjectFolder folder, List<String> commands, DetectedProjectBuilder result) {
        Set<String> preferred = new LinkedHashSet<>();
        preferred.add(folder.folderName());
        ServiceName.fromFolderName(folder.folderName()).ifPresent(preferred::add);
        preferred.add("server");
        preferred.add("api");
        String listed = String.join(", ", commands);
        for (String name : preferred) {
            if (commands.contains(name)) {
                putCommand(name, result);
                result.note(AnswerKey.ENTRYPOINT, "Found several main packages under cmd/ (" + listed + ") and chose ./cmd/" + name);
                return;
            }
        }
        result.note(AnswerKey.ENTRYPOINT, "Found several main packages under cmd/ (" + listed + "), but none is named after the "
                + "folder, server or api, so the entrypoint is not detected");
    }

    private static void putCommand(String command, DetectedProjectBuilder result) {
        result.put(AnswerKey.ENTRYPOINT, "./cmd/" + command, "cmd/" + command + "/main.go (package main)");
    }

    private static void detectNativeCode(
            ProjectFolder folder, Optional<GoModule> module, DetectedProjectBuilder result) {
        NativeCodeFindings findings = new NativeCodeFindings(Ecosystem.GO);
        module.ifPresent(parsed -> findings.checkDependencies(parsed.requiredModules(), GO_MOD + " (require)"));
        findCgoImport(folder, result).ifPresent(file -> findings.addUnlistedCause(file + " (import \"C\")",
                "systemLibraries is not detected, because the cgo code in " + file + " can link any C library"));
        findings.record(result);
    }

    /** Returns the first root or cmd/* Go file that imports "C". */
    private static Optional<String> findCgoImport(ProjectFolder folder, DetectedProjectBuilder result) {
        List<String> files = GoSources.listSourceFiles(folder, GoSources.MAX_SCANNED_FILES + 1);
        if (files.size() > GoSources.MAX_SCANNED_FILES) {
            files = files.subList(0, GoSources.MAX_SCANNED_FILES);
            result.note("Only the first " + GoSources.MAX_SCANNED_FILES
                    + " Go files at the root and under cmd/ were checked for import \"C\"");
        }
        for (String file : files) {
            if (GoSources.importsC(folder, file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
