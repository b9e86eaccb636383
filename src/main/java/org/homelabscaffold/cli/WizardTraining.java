package org.homelabscaffold.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.homelabscaffold.wizard.Preview;
import org.homelabscaffold.wizard.PreviewSource;

/**
 * The wizard's part of {@link ArchiveTraining}. It types into both wizards on terminals in memory,
 * so the archive contains the Lanterna and JLine classes that the first screen needs. Each wizard
 * runs in a daemon thread with a time limit, so a wizard that waits for more input than it was
 * given cannot stop the training run from ending.
 */
final class WizardTraining {

    private static final long TIME_LIMIT_MILLIS = 10_000;

    private WizardTraining() {}

    static void run(Path scratch) {
        PreviewSource noPreview = answers -> new Preview(scratch, List.of(), List.of());
        runWithTimeLimit(() -> InteractiveNew.trainLinePrompts(scratch, noPreview));
        runWithTimeLimit(() -> InteractiveNew.trainScreen(scratch, noPreview));
    }

    private static void runWithTimeLimit(TrainingStep step) {
        Thread thread = new Thread(() -> {
            try {
                step.run();
            } catch (IOException | RuntimeException e) {
                // A failed step only leaves some classes out of the archive.
            }
        });
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(TIME_LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface TrainingStep {
        void run() throws IOException;
    }
}
