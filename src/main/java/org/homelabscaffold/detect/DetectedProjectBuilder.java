package org.homelabscaffold.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable collector of detected answers, their sources and notes. */
final class DetectedProjectBuilder {

    private final Map<String, Object> answers = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> noteKeys = new HashMap<>();

    /**
     * Stores a detected value, replacing an earlier one for the same key.
     *
     * @throws IllegalArgumentException if the key is not in {@link AnswerKey#ORDER}
     */
    void put(String key, Object value, String source) {
        if (!AnswerKey.ORDER.contains(key)) {
            throw new IllegalArgumentException("Answer key '" + key + "' is not in AnswerKey.ORDER");
        }
        answers.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
        sources.put(key, source);
    }

    void note(String note) {
        notes.add(note);
    }

    /** Adds a note about the answer {@code key}, which is printed only when that answer is used. */
    void note(String key, String note) {
        notes.add(note);
        noteKeys.put(note, key);
    }

    /** Builds the result with its keys in {@link AnswerKey#ORDER}, so output does not depend on call order. */
    DetectedProject build() {
        Map<String, Object> orderedAnswers = new LinkedHashMap<>();
        Map<String, String> orderedSources = new LinkedHashMap<>();
        for (String key : AnswerKey.ORDER) {
            if (answers.containsKey(key)) {
                orderedAnswers.put(key, answers.get(key));
                orderedSources.put(key, sources.get(key));
            }
        }
        return new DetectedProject(orderedAnswers, orderedSources, notes, noteKeys);
    }
}
