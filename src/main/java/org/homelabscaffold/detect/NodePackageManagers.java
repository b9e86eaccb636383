package org.homelabscaffold.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Detection of the Node.js package manager and its lockfile. */
final class NodePackageManagers {

    /** A package manager and the lockfiles it writes, the usual one first. */
    private record Manager(String name, List<String> lockfiles) {

        Optional<String> findLockfile(ProjectFolder folder) {
            return lockfiles.stream().filter(folder::hasRootEntry).findFirst();
        }
    }

    /** Managers in the order their lockfiles decide, used when package.json declares none. */
    private static final List<Manager> MANAGERS = List.of(
            new Manager("pnpm", List.of("pnpm-lock.yaml")),
            new Manager("yarn", List.of("yarn.lock")),
            new Manager("npm", List.of("package-lock.json", "npm-shrinkwrap.json")));

    private static final String FIELD_SOURCE = NodeDetector.PACKAGE_JSON + " (packageManager)";

    private NodePackageManagers() {}

    /**
     * Puts packageManager and lockfile. The packageManager field of package.json, as Corepack reads
     * it ("pnpm@9.1.0"), wins over lockfiles. Without either, the manager is npm.
     */
    static void detect(ProjectFolder folder, Optional<JsonNode> manifest, DetectedProjectBuilder result) {
        List<Manager> withLockfile = new ArrayList<>();
        for (Manager manager : MANAGERS) {
            manager.findLockfile(folder).ifPresent(lockfile -> withLockfile.add(manager));
        }
        Optional<Manager> declared = manifest.flatMap(document -> findDeclared(document, result));
        Manager chosen = declared.orElse(withLockfile.isEmpty() ? npm() : withLockfile.get(0));
        noteConflicts(chosen, declared.isPresent(), withLockfile, result);
        Optional<String> lockfile = chosen.findLockfile(folder);
        String source = declared.isPresent() ? FIELD_SOURCE : lockfile.orElse(NodeDetector.PACKAGE_JSON);
        result.put(AnswerKey.PACKAGE_MANAGER, chosen.name(), source);
        String lockfileSource = lockfile.orElse(chosen.lockfiles().get(0) + " (not found)");
        result.put(AnswerKey.LOCKFILE, lockfile.isPresent(), lockfileSource);
    }

    /** Returns the manager named by the packageManager field, or notes why the field was not used. */
    private static Optional<Manager> findDeclared(JsonNode manifest, DetectedProjectBuilder result) {
        JsonNode field = manifest.path("packageManager");
        if (!field.isTextual()) {
            return Optional.empty();
        }
        String value = field.textValue().strip();
        int at = value.indexOf('@');
        String name = at < 0 ? value : value.substring(0, at);
        Optional<Manager> manager = MANAGERS.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
        if (manager.isEmpty()) {
            result.note(FIELD_SOURCE + " '" + value + "' is not npm, yarn or pnpm, so lockfiles decide");
        }
        return manager;
    }

    private static void noteConflicts(
            Manager chosen, boolean declared, List<Manager> withLockfile, DetectedProjectBuilder result) {
        if (declared && !withLockfile.isEmpty() && !withLockfile.contains(chosen)) {
            result.note(FIELD_SOURCE + " names " + chosen.name() + ", but the lockfile belongs to "
                    + withLockfile.get(0).name());
        } else if (!declared && withLockfile.size() > 1) {
            List<String> names = withLockfile.stream().map(Manager::name).toList();
            result.note("Found lockfiles of several package managers (" + String.join(", ", names)
                    + ") and chose " + chosen.name());
        }
    }

    private static Manager npm() {
        return MANAGERS.get(MANAGERS.size() - 1);
    }
}
