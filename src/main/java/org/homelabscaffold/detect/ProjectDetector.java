package org.homelabscaffold.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Detector of the language, version, entrypoint, package manager and native code of an existing
 * service folder. The wizard offers its results as defaults, and non-interactive runs use them for
 * keys that the answers file leaves out.
 *
 * <p>It only reads: the root folder listing, a few manifests, and the start of at most 40 Go files at
 * the root and under cmd/. It never writes, starts a process or opens a connection. Instances are
 * stateless and thread-safe.
 */
public final class ProjectDetector {

    /** Languages in order of precedence when a folder has manifests of several. */
    private static final List<LanguageDetector> DETECTORS =
            List.of(new GoDetector(), new PythonDetector(), new NodeDetector());

    /**
     * Detects the facts of the project in {@code directory}. Unreadable and malformed files are
     * skipped with a note, and a folder that does not exist gives a result with only a note. A folder
     * without a Go, Python or Node.js manifest is not a service, so it gives an empty result.
     *
     * @throws NullPointerException if {@code directory} is null
     */
    public DetectedProject detect(Path directory) {
        Objects.requireNonNull(directory, "directory");
        DetectedProjectBuilder result = new DetectedProjectBuilder();
        ProjectFolder folder = ProjectFolder.open(directory, result);
        List<Marker> markers = findMarkers(folder);
        if (markers.isEmpty()) {
            return result.build();
        }
        Marker chosen = markers.get(0);
        result.put(AnswerKey.LANGUAGE, chosen.detector().language(), chosen.file());
        if (markers.size() > 1) {
            noteOtherLanguages(markers, result);
        }
        ServiceName.fromFolderName(folder.folderName())
                .ifPresent(name -> result.put(AnswerKey.NAME, name, "folder name"));
        chosen.detector().detect(folder, result);
        return result.build();
    }

    private static List<Marker> findMarkers(ProjectFolder folder) {
        List<Marker> markers = new ArrayList<>();
        for (LanguageDetector detector : DETECTORS) {
            Optional<String> file = detector.findMarker(folder);
            file.ifPresent(name -> markers.add(new Marker(detector, name)));
        }
        return markers;
    }

    private static void noteOtherLanguages(List<Marker> markers, DetectedProjectBuilder result) {
        List<String> found = markers.stream()
                .map(marker -> marker.detector().language() + " (" + marker.file() + ")")
                .toList();
        result.note(AnswerKey.LANGUAGE, "Found files of several languages: " + String.join(", ", found)
                + ". The defaults are for " + markers.get(0).detector().language());
    }

    /** A language whose manifest was found, and the manifest's file name. */
    private record Marker(LanguageDetector detector, String file) {}
}
