package org.homelabscaffold.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.homelabscaffold.detect.NativePackages.Ecosystem;

/** Native packages and other signs of native code found in one project, recorded as answers. */
final class NativeCodeFindings {

    private final Ecosystem ecosystem;
    private final Set<String> packages = new TreeSet<>();
    private final Set<String> systemLibraries = new TreeSet<>();
    private final Set<String> checkedSources = new LinkedHashSet<>();
    private final Set<String> packageSources = new LinkedHashSet<>();
    private final List<String> unlistedCauses = new ArrayList<>();
    private final List<String> unlistedNotes = new ArrayList<>();

    NativeCodeFindings(Ecosystem ecosystem) {
        this.ecosystem = ecosystem;
    }

    /** Checks dependency names, already in the ecosystem's normalized form, against the known native packages. */
    void checkDependencies(Collection<String> names, String source) {
        checkedSources.add(source);
        for (String name : names) {
            NativePackages.systemLibraries(ecosystem, name).ifPresent(libraries -> {
                packages.add(name);
                systemLibraries.addAll(libraries);
                packageSources.add(source);
            });
        }
    }

    /**
     * Records native code whose system libraries cannot be known, such as a Go file with import "C",
     * with the note that explains why systemLibraries is left out.
     */
    void addUnlistedCause(String source, String note) {
        unlistedCauses.add(source);
        unlistedNotes.add(note);
    }

    /**
     * Puts nativeCode, nativePackages and systemLibraries. Nothing is put when no dependency list
     * could be read, and systemLibraries is left out when some native code is not in the table.
     */
    void record(DetectedProjectBuilder result) {
        if (checkedSources.isEmpty() && unlistedCauses.isEmpty()) {
            return;
        }
        if (packages.isEmpty() && unlistedCauses.isEmpty()) {
            result.put(AnswerKey.NATIVE_CODE, false, String.join(", ", checkedSources));
            return;
        }
        String packageSource = String.join(", ", packageSources);
        String nativeSource = packages.isEmpty() ? unlistedCauses.get(0) : packageSource;
        result.put(AnswerKey.NATIVE_CODE, true, nativeSource);
        if (!packages.isEmpty()) {
            result.put(AnswerKey.NATIVE_PACKAGES, List.copyOf(packages), packageSource);
        }
        if (!unlistedCauses.isEmpty()) {
            unlistedNotes.forEach(result::note);
        } else {
            result.put(AnswerKey.SYSTEM_LIBRARIES, List.copyOf(systemLibraries), packageSource);
        }
    }
}
