package org.homelabscaffold.recipe;

import org.homelabscaffold.answers.Answers;

/**
 * Copies the extra files a dependency install reads (local packages, constraint files) next to the
 * manifest, before the install step, so a change elsewhere in the source still reuses the install.
 */
final class DependencyFiles {

    private DependencyFiles() {}

    static void copy(StageBuilder stage, Answers answers) {
        for (String path : answers.dependencyFiles()) {
            stage.step("COPY " + path + " ./" + path);
        }
    }
}
