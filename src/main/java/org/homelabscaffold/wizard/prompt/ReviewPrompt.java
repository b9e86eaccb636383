package org.homelabscaffold.wizard.prompt;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.homelabscaffold.answers.InvalidAnswersException;
import org.homelabscaffold.answers.Problem;
import org.homelabscaffold.output.DiffSink;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.wizard.Preview;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.SaveTarget;
import org.homelabscaffold.wizard.SummaryLine;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;
import org.jline.reader.LineReader;

/**
 * The last line prompt: the summary and the files, then write, show the files, change an answer
 * or save the answers. Files that exist with other content are replaced only after their diff is
 * shown and the user confirms.
 */
final class ReviewPrompt {

    private final LineReader reader;
    private final PrintWriter out;
    private final Path workingDirectory;

    ReviewPrompt(LineReader reader, PrintWriter out, Path workingDirectory) {
        this.reader = reader;
        this.out = out;
        this.workingDirectory = workingDirectory;
    }

    /** Returns what the user decided, or null after an answer was reopened, so the questions go on. */
    WizardOutcome run(WizardFlow flow, PreviewSource previews) {
        List<SummaryLine> summary = flow.summary();
        printSummary(summary);
        Preview preview = load(flow, previews);
        String choices = "w write, f show the files, 1-" + summary.size() + " change that answer,"
                + " s save the answers and quit";
        while (true) {
            String line = reader.readLine("Next (" + choices + ") [w]: ").strip();
            if (line.matches("[0-9]+") && Integer.parseInt(line) >= 1 && Integer.parseInt(line) <= summary.size()) {
                flow.edit(summary.get(Integer.parseInt(line) - 1).key());
                return null;
            }
            if (line.equals("<")) {
                flow.back();
                return null;
            }
            if (!line.isEmpty() && !List.of("w", "f", "s").contains(line)) {
                out.println("  Unknown choice '" + line + "'; expected " + choices + ", or < to go back.");
            } else if (preview == null) {
                out.println("  These answers cannot generate; change an answer first.");
            } else {
                WizardOutcome outcome = act(line, flow, preview);
                if (outcome != null) {
                    return outcome;
                }
            }
        }
    }

    private WizardOutcome act(String choice, WizardFlow flow, Preview preview) {
        return switch (choice) {
            case "f" -> {
                printFiles(preview);
                yield null;
            }
            case "s" -> save(flow);
            default -> write(flow, preview);
        };
    }

    private void printSummary(List<SummaryLine> summary) {
        out.println();
        out.println("Summary:");
        for (int index = 0; index < summary.size(); index++) {
            SummaryLine line = summary.get(index);
            out.println(String.format("  %2d) %-20s %s  (%s)", index + 1, line.title(), line.value(), line.origin()));
        }
    }

    private Preview load(WizardFlow flow, PreviewSource previews) {
        try {
            Preview preview = previews.preview(flow.given());
            out.println("Files in " + preview.directory().toAbsolutePath().normalize() + ":");
            for (FileChange change : preview.changes()) {
                out.println(String.format("  %-10s %s", label(change), change.file().path()));
            }
            preview.warnings().forEach(warning -> out.println("warning: " + warning));
            flow.detected().notesFor(flow.answers()).forEach(note -> out.println("note: " + note));
            return preview;
        } catch (InvalidAnswersException e) {
            e.problems().stream().map(Problem::format).forEach(problem -> out.println("error: " + problem));
        } catch (IOException e) {
            out.println("error: the project folder could not be read: " + e.getMessage());
        }
        return null;
    }

    private WizardOutcome write(WizardFlow flow, Preview preview) {
        List<FileChange> differing = preview.differing();
        if (differing.isEmpty()) {
            return new WizardOutcome.Write(flow.given(), false);
        }
        for (FileChange change : differing) {
            out.print(DiffSink.diff(change.existing(), change.file().content(), change.file().path()));
        }
        out.println((differing.size() == 1 ? "This file exists" : "These files exist") + " with other content.");
        while (true) {
            String line = reader.readLine("Replace them (r), keep them and write the rest (k), or go back (b) [b]: ")
                    .strip();
            switch (line) {
                case "r" -> {
                    return new WizardOutcome.Write(flow.given(), true);
                }
                case "k" -> {
                    return new WizardOutcome.Write(flow.given(), false);
                }
                case "", "b" -> {
                    return null;
                }
                default -> out.println("  Unknown choice '" + line + "'; expected r, k or b.");
            }
        }
    }

    private WizardOutcome save(WizardFlow flow) {
        String proposed = SaveTarget.proposedFileName(flow.answers().get("name"));
        String line = reader.readLine("Save the answers to [" + proposed + "]: ").strip();
        String name = line.isEmpty() ? proposed : line;
        Optional<String> problem = SaveTarget.problem(workingDirectory, name);
        if (problem.isPresent()) {
            out.println("  " + problem.get());
            return null;
        }
        Path file = SaveTarget.resolve(workingDirectory, name).orElseThrow();
        if (SaveTarget.exists(file)) {
            String answer = reader.readLine(file + " exists; replace it? (y or n) [n]: ").strip();
            if (!answer.equalsIgnoreCase("y") && !answer.equalsIgnoreCase("yes")) {
                return null;
            }
        }
        return new WizardOutcome.SaveAnswers(flow.given(), file);
    }

    private void printFiles(Preview preview) {
        for (FileChange change : preview.changes()) {
            out.println("==> " + change.file().path() + " (" + label(change) + ") <==");
            out.print(change.file().content());
        }
    }

    private static String label(FileChange change) {
        return switch (change.action()) {
            case CREATE -> "new";
            case UNCHANGED -> "unchanged";
            case KEEP, REPLACE -> "differs";
        };
    }
}
