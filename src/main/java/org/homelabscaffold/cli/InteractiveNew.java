package org.homelabscaffold.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.detect.DetectedProject;
import org.homelabscaffold.engine.Generation;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.ChangePlanner;
import org.homelabscaffold.output.DiskSink;
import org.homelabscaffold.output.GeneratedFile;
import org.homelabscaffold.update.StateFolder;
import org.homelabscaffold.wizard.DetectedAnswers;
import org.homelabscaffold.wizard.Preview;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;
import org.homelabscaffold.wizard.prompt.PlainLauncher;
import org.homelabscaffold.wizard.prompt.PromptTraining;
import org.homelabscaffold.wizard.screen.ScreenLauncher;
import org.homelabscaffold.wizard.screen.ScreenTraining;
import org.homelabscaffold.wizard.screen.ScreenUnavailableException;

/**
 * {@code new} without answers: runs the wizard, then writes what it returns as a run from an
 * answers file does. Only this class refers to the wizard's front ends, so a run with
 * {@code --answers} never loads Lanterna or JLine.
 */
final class InteractiveNew {

    private InteractiveNew() {}

    static int run(Path directory, boolean plain, DetectedProject project, GenerationWriter writer, PrintWriter out,
            PrintWriter err) throws IOException {
        if (!TerminalCheck.isInteractive()) {
            throw new CommandException(ExitStatus.INVALID, "no answers given, and standard input and output are not"
                    + " both a terminal to ask on: pass --answers FILE (examples/ has samples) or --set KEY=VALUE");
        }
        DetectedAnswers detected = new DetectedAnswers(project.answers(), project.sources(), project.notes(),
                project.noteKeys());
        WizardOutcome outcome = ask(new WizardFlow(detected), previewsFor(directory, detected), plain, err);
        return finish(outcome, directory, detected, writer, out);
    }

    private static WizardOutcome ask(WizardFlow flow, PreviewSource previews, boolean plain, PrintWriter err)
            throws IOException {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Map<String, String> environment = System.getenv();
        String term = environment.getOrDefault("TERM", "");
        if (plain || term.isEmpty() || term.equals("dumb")) {
            return PlainLauncher.run(flow, previews, workingDirectory);
        }
        try {
            return ScreenLauncher.run(flow, previews, environment, workingDirectory);
        } catch (ScreenUnavailableException e) {
            err.println("note: " + e.getMessage() + "; asking with line prompts instead");
            err.flush();
            return PlainLauncher.run(flow, previews, workingDirectory);
        }
    }

    private static PreviewSource previewsFor(Path directory, DetectedAnswers detected) {
        return answers -> {
            Generation generation = new Scaffolder().generate(answers, detected.answers());
            return new Preview(directory, ChangePlanner.plan(directory, generation.files(), false,
                    StateFolder.lastWritten(directory)), generation.warnings());
        };
    }

    /** Runs the line prompts on a terminal in memory, for {@link WizardTraining}. */
    static void trainLinePrompts(Path workingDirectory, PreviewSource previews) throws IOException {
        PromptTraining.run(workingDirectory, previews);
    }

    /** Runs the full-screen wizard on a virtual terminal, for {@link WizardTraining}. */
    static void trainScreen(Path workingDirectory, PreviewSource previews) throws IOException {
        ScreenTraining.run(workingDirectory, previews);
    }

    /** Acts on the wizard's decision once the wizard has released the terminal. */
    static int finish(WizardOutcome outcome, Path directory, DetectedAnswers detected, GenerationWriter writer,
            PrintWriter out) throws IOException {
        if (outcome instanceof WizardOutcome.Write write) {
            return writer.write(write.answers(), detected.answers(), write.replaceDifferent());
        }
        if (outcome instanceof WizardOutcome.SaveAnswers save) {
            saveAnswers(save.answers(), detected, save.file());
            out.println("saved the answers to " + save.file() + "; write the files with: homelab-scaffold new "
                    + directory + " --answers " + save.file());
            out.flush();
            return ExitStatus.OK.code();
        }
        if (outcome instanceof WizardOutcome.InputEnded) {
            throw new CommandException(ExitStatus.INVALID, "standard input ended before every question was"
                    + " answered; nothing was written");
        }
        throw new CommandException(ExitStatus.INTERRUPTED, "interrupted; nothing was written");
    }

    private static void saveAnswers(AnswersReader.Given answers, DetectedAnswers detected, Path file)
            throws IOException {
        Generation generation = new Scaffolder().generate(answers, detected.answers());
        String text = generation.files().stream()
                .filter(generated -> generated.path().equals(Scaffolder.ANSWERS_FILE))
                .findFirst().orElseThrow().content();
        Path folder = file.toAbsolutePath().getParent();
        GeneratedFile saved = new GeneratedFile(file.getFileName().toString(), text, false);
        new DiskSink().accept(folder, ChangePlanner.plan(folder, List.of(saved), true));
    }
}
