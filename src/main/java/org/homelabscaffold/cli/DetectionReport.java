package org.homelabscaffold.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.AnswersResolver;
import org.homelabscaffold.answers.Problem;
import org.homelabscaffold.answers.Questions;
import org.homelabscaffold.detect.DetectedProject;

/** Tells, on standard error, which answers were taken from the project folder and why. */
final class DetectionReport {

    private DetectionReport() {}

    /**
     * Prints the detected values a run uses where no answer was given, and the detection notes
     * about them. A value is unused when it was given or when its question does not apply, such as
     * the entrypoint of a project with a services list.
     */
    static void print(DetectedProject detected, AnswersReader.Given given, PrintWriter err) {
        Map<String, Object> usable = AnswersResolver.usableDetected(detected.answers());
        AnswerMap combined = new AnswerMap(given.answers());
        usable.forEach((key, value) -> {
            if (!combined.has(key)) {
                combined.put(key, value);
            }
        });
        for (Map.Entry<String, Object> entry : detected.answers().entrySet()) {
            if (!isUsed(entry.getKey(), given, combined)) {
                continue;
            }
            String source = detected.sources().getOrDefault(entry.getKey(), "the project folder");
            String line = usable.containsKey(entry.getKey())
                    ? "detected " + entry.getKey() + ": " + entry.getValue() + " (from " + source + ")"
                    : "note: ignored the " + entry.getKey() + " found in " + source + ", because "
                            + Problem.quote(entry.getValue()) + " is not a valid answer";
            err.println(Problem.escapeControl(line));
        }
        for (String note : detected.notes()) {
            String key = detected.keyOfNote(note);
            if (key == null || isUsed(key, given, combined)) {
                err.println("note: " + Problem.escapeControl(note));
            }
        }
        err.flush();
    }

    private static boolean isUsed(String key, AnswersReader.Given given, AnswerMap combined) {
        return !given.answers().has(key)
                && Questions.byKey(key).map(question -> question.appliesTo(combined)).orElse(false);
    }
}
