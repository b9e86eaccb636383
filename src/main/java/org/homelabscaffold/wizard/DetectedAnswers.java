package org.homelabscaffold.wizard;

import java.util.List;
import java.util.Map;

/**
 * Values found in the project folder, offered as defaults by the wizard.
 *
 * @param answers answers-file keys mapped to detected values (String, Boolean, Integer or List of String)
 * @param sources the same keys mapped to the file each value came from, such as {@code go.mod}
 * @param notes one-line remarks about the detection, shown with the summary
 */
public record DetectedAnswers(Map<String, Object> answers, Map<String, String> sources, List<String> notes) {

    public DetectedAnswers {
        answers = Map.copyOf(answers);
        sources = Map.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** Returns the result for a folder where nothing was detected. */
    public static DetectedAnswers none() {
        return new DetectedAnswers(Map.of(), Map.of(), List.of());
    }

    /** Returns the file that {@code key} was detected in, or "the project folder" when no file was named. */
    public String sourceOf(String key) {
        return sources.getOrDefault(key, "the project folder");
    }
}
