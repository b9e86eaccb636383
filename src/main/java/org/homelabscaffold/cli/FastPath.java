package org.homelabscaffold.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs the most common command lines without picocli.
 *
 * <p>Setting up picocli costs more than the rest of a {@code new --answers} run: its classes are
 * compiled for Java 5, so the JVM cannot keep them in the class-data-sharing archive, and it
 * reads the command model by reflection. This class recognizes only {@code --help},
 * {@code --version}, {@code new --help} and plain {@code new} command lines: a folder,
 * {@code --answers}, {@code --set}, {@code --dry-run}, {@code --force} and {@code --plain}, each
 * option at most once except {@code --set}. For anything else, such as an unknown option, a repeated option, a
 * value that starts with {@code -} or an {@code @argument-file}, it returns empty and picocli
 * parses the command line, so every error message still comes from picocli. Help is printed from
 * {@code help/*.txt}, which picocli rendered. {@code FastPathTests} checks that both parsers set
 * the same options, and {@code HelpTextTests} that the help files match what picocli prints.
 */
final class FastPath {

    private FastPath() {}

    /** Runs {@code args} when this class recognizes them; returns the exit status, or empty. */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err) {
        Optional<String> fixedText = fixedOutput(args);
        if (fixedText.isPresent()) {
            out.print(fixedText.get());
            out.flush();
            return OptionalInt.of(ExitStatus.OK.code());
        }
        Optional<NewOptions> options = parseNew(args);
        if (options.isEmpty()) {
            return OptionalInt.empty();
        }
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        try {
            return OptionalInt.of(NewCommand.of(options.get()).execute(outWriter, errWriter));
        } catch (Exception e) {
            return OptionalInt.of(Main.report(e, err));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Returns what {@code --help}, {@code new --help} or {@code --version} prints, or empty for other lines. */
    static Optional<String> fixedOutput(String[] args) {
        List<String> line = List.of(args);
        if (line.equals(List.of("--version")) || line.equals(List.of("-V"))) {
            return Optional.of(VersionProvider.versionLine() + System.lineSeparator());
        }
        if (line.equals(List.of("--help")) || line.equals(List.of("-h"))) {
            return helpText("homelab-scaffold");
        }
        if (line.equals(List.of("new", "--help")) || line.equals(List.of("new", "-h"))) {
            return helpText("new");
        }
        return Optional.empty();
    }

    /** Reads the help of {@code command} from the jar, or returns empty when it is missing. */
    static Optional<String> helpText(String command) {
        try (InputStream text = FastPath.class.getResourceAsStream("help/" + command + ".txt")) {
            if (text == null) {
                return Optional.empty();
            }
            return Optional.of(new String(text.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Parses a plain {@code new} command line; returns empty for any other command line. */
    static Optional<NewOptions> parseNew(String[] args) {
        if (args.length == 0 || !args[0].equals("new")) {
            return Optional.empty();
        }
        Path directory = null;
        String answersFile = null;
        List<String> overrides = new ArrayList<>();
        boolean dryRun = false;
        boolean force = false;
        boolean plain = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = optionName(arg);
            String value = inlineValue(arg);
            if (name.equals("--answers") || name.equals("--set")) {
                if (value == null) {
                    i++;
                    value = i < args.length ? args[i] : null;
                }
                if (!isPlainValue(value) || name.equals("--answers") && answersFile != null) {
                    return Optional.empty();
                }
                if (name.equals("--answers")) {
                    answersFile = value;
                } else {
                    overrides.add(value);
                }
            } else if (arg.equals("--dry-run") && !dryRun) {
                dryRun = true;
            } else if (arg.equals("--force") && !force) {
                force = true;
            } else if (arg.equals("--plain") && !plain) {
                plain = true;
            } else if (isPlainValue(arg) && directory == null) {
                directory = toPath(arg);
                if (directory == null) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        Path answersPath = answersFile == null ? null : toPath(answersFile);
        if (answersFile != null && answersPath == null) {
            return Optional.empty();
        }
        return Optional.of(new NewOptions(directory == null ? Path.of(".") : directory, answersPath, overrides,
                dryRun, force, plain));
    }

    private static String optionName(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
    }

    private static String inlineValue(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 ? arg.substring(equals + 1) : null;
    }

    /** Returns true when picocli takes {@code value} as it is: not an option, not an argument file. */
    private static boolean isPlainValue(String value) {
        return value != null && !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    private static Path toPath(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
