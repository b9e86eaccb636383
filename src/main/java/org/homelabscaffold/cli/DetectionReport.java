package org.homelabscaffold.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.detect.DetectedProject;

/** Tells, on standard error, which answers were taken from the project folder and why. */
final class DetectionReport {

    private DetectionReport() {}

    static void print(DetectedProject detected, AnswersReader.Given given, PrintWriter err) {
        for (Map.Entry<String, Object> entry : detected.answers().entrySet()) {
            if (!given.answers().has(entry.getKey())) {
                err.println("detected " + entry.getKey() + ": " + entry.getValue() + " (from "
                        + detected.sources().getOrDefault(entry.getKey(), "the project folder") + ")");
            }
        }
        detected.notes().forEach(note -> err.println("note: " + note));
        err.flush();
    }
}
