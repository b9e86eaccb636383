package org.homelabscaffold.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.AnswersResolver;
import org.homelabscaffold.answers.Problem;
import org.homelabscaffold.detect.DetectedProject;

/** Tells, on standard error, which answers were taken from the project folder and why. */
final class DetectionReport {

    private DetectionReport() {}

    /** Prints the detected values a run can use where no answer was given, and the detection notes. */
    static void print(DetectedProject detected, AnswersReader.Given given, PrintWriter err) {
        Map<String, Object> usable = AnswersResolver.usableDetected(detected.answers());
        for (Map.Entry<String, Object> entry : detected.answers().entrySet()) {
            if (given.answers().has(entry.getKey())) {
                continue;
            }
            String source = detected.sources().getOrDefault(entry.getKey(), "the project folder");
            String line = usable.containsKey(entry.getKey())
                    ? "detected " + entry.getKey() + ": " + entry.getValue() + " (from " + source + ")"
                    : "note: ignored the " + entry.getKey() + " found in " + source + ", because "
                            + Problem.quote(entry.getValue()) + " is not a valid answer";
            err.println(Problem.escapeControl(line));
        }
        detected.notes().forEach(note -> err.println("note: " + Problem.escapeControl(note)));
        err.flush();
    }
}
