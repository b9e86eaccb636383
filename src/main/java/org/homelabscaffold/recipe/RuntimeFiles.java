package org.homelabscaffold.recipe;

import org.homelabscaffold.answers.Answers;

/** Copies the files the app reads at run time, named in the answers, into the runtime image. */
final class RuntimeFiles {

    private RuntimeFiles() {}

    static void copy(StageBuilder stage, Answers answers) {
        if (answers.runtimeFiles().isEmpty()) {
            return;
        }
        stage.why("Files the app reads at run time, copied explicitly.");
        for (String path : answers.runtimeFiles()) {
            stage.step("COPY " + path + " ./" + path);
        }
    }
}
