package org.homelabscaffold.detect;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the script file from a package.json start script of the form "node [options] FILE". */
final class NodeStartScript {

    /** Node options whose value is the next word, so that word is not mistaken for the script. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of(
            "-r", "--require", "--import", "--loader", "--experimental-loader", "--env-file", "--conditions", "-C");

    /** Node options that run inline code instead of a file. */
    private static final Set<String> INLINE_CODE_OPTIONS = Set.of("-e", "--eval", "-p", "--print");

    /** Shell syntax that makes a command more than one plain node call. */
    private static final Pattern SHELL_SYNTAX = Pattern.compile("[;&|<>`$()]");

    private NodeStartScript() {}

    /** Returns FILE from "node FILE" or "node --enable-source-maps FILE"; empty for any other command. */
    static Optional<String> scriptFile(String command) {
        if (SHELL_SYNTAX.matcher(command).find()) {
            return Optional.empty();
        }
        String[] words = command.strip().split("\\s+");
        if (!words[0].equals("node")) {
            return Optional.empty();
        }
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (INLINE_CODE_OPTIONS.contains(word)) {
                return Optional.empty();
            } else if (OPTIONS_WITH_VALUE.contains(word)) {
                i++;
            } else if (!word.startsWith("-")) {
                return Optional.of(NodeDetector.withoutLeadingDotSlash(word));
            }
        }
        return Optional.empty();
    }
}
