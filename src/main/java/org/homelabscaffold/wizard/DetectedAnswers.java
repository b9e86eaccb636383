package org.homelabscaffold.wizard;

import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.Questions;

/**
 * Values found in the project folder, offered as defaults by the wizard.
 *
 * @param answers answers-file keys mapped to detected values (String, Boolean, Integer or List of String)
 * @param sources the same keys mapped to the file each value came from, such as {@code go.mod}
 * @param notes one-line remarks about the detection, shown with the summary
 * @param noteKeys notes that are about one answer, mapped to that answer's key
 */
public record DetectedAnswers(Map<String, Object> answers, Map<String, String> sources, List<String> notes,
        Map<String, String> noteKeys) {

    public DetectedAnswers {
        answers = Map.copyOf(answers);
        sources = Map.copyOf(sources);
        notes = List.copyOf(notes);
        noteKeys = Map.copyOf(noteKeys);
    }

    /** Creates a result whose notes are about the folder as a whole rather than about one answer. */
    public DetectedAnswers(Map<String, Object> answers, Map<String, String> sources, List<String> notes) {
        this(answers, sources, notes, Map.of());
    }

    /**
     * Returns the notes that concern {@code current}: those about the folder as a whole, and those about
     * an answer whose question applies to {@code current}, so that a note on the entrypoint is left out
     * once the answers list several services.
     */
    public List<String> notesFor(AnswerMap current) {
        return notes.stream().filter(note -> {
            String key = noteKeys.get(note);
            return key == null || Questions.byKey(key).map(question -> question.appliesTo(current)).orElse(false);
        }).toList();
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
