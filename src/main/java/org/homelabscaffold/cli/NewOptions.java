package org.homelabscaffold.cli;

import java.nio.file.Path;
import java.util.List;

/** The options of {@code homelab-scaffold new}, as parsed from a command line. */
record NewOptions(Path directory, Path answersFile, List<String> overrides, boolean dryRun, boolean force,
        boolean plain) {

    NewOptions {
        overrides = List.copyOf(overrides);
    }
}
