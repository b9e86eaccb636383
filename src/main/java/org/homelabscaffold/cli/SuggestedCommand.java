package org.homelabscaffold.cli;

import java.nio.file.Path;
import org.homelabscaffold.syntax.ShellQuoting;

/**
 * Command lines that messages suggest, with the project folder named unless it is the current one,
 * quoted for the shell when it needs quotes.
 */
final class SuggestedCommand {

    private SuggestedCommand() {}

    /** Returns {@code homelab-scaffold update [DIR] OPTIONS} for the project in {@code directory}. */
    static String update(Path directory, String options) {
        String folder = directory.normalize().toString();
        boolean isCurrentFolder = folder.isEmpty() || folder.equals(".");
        return "homelab-scaffold update " + (isCurrentFolder ? "" : ShellQuoting.word(folder) + " ") + options;
    }
}
