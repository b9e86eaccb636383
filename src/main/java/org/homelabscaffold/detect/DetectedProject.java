package org.homelabscaffold.detect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts found in an existing service folder, offered as defaults for the answers.
 *
 * @param answers answers-file keys mapped to detected values (String, Boolean, Integer or
 *     List of String), in a fixed key order
 * @param sources the same keys mapped to the file each value came from, such as
 *     "package.json (engines.node)"
 * @param notes one-line remarks about skipped files and ambiguous facts
 * @param noteKeys notes that are about one answer, mapped to that answer's key
 */
public record DetectedProject(Map<String, Object> answers, Map<String, String> sources, List<String> notes,
        Map<String, String> noteKeys) {

    /** Copies the arguments into unmodifiable collections that keep their iteration order. */
    public DetectedProject {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        notes = List.copyOf(notes);
        noteKeys = Map.copyOf(noteKeys);
    }

    /** Creates a result whose notes are about the folder as a whole rather than about one answer. */
    public DetectedProject(Map<String, Object> answers, Map<String, String> sources, List<String> notes) {
        this(answers, sources, notes, Map.of());
    }

    /** Returns a result with no answers, no sources and no notes. */
    public static DetectedProject empty() {
        return new DetectedProject(Map.of(), Map.of(), List.of());
    }

    /** Returns the answer key that {@code note} is about, or null when it is about the folder as a whole. */
    public String keyOfNote(String note) {
        return noteKeys.get(note);
    }

    /** Returns whether nothing was detected and nothing was noted. */
    public boolean isEmpty() {
        return answers.isEmpty() && notes.isEmpty();
    }
}
