package org.homelabscaffold.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The go.mod directives that detection uses.
 *
 * @param goVersion the version of the {@code go} directive, such as "1.23.4"
 * @param toolchain the name in the {@code toolchain} directive, such as "go1.24.2"
 * @param requiredModules module paths from single-line and block {@code require} directives,
 *     indirect ones included, because an indirect dependency is still compiled into the binary
 */
record GoModule(Optional<String> goVersion, Optional<String> toolchain, List<String> requiredModules) {

    GoModule {
        requiredModules = List.copyOf(requiredModules);
    }

    /** Parses go.mod text line by line and ignores the directives that detection does not use. */
    static GoModule parse(String text) {
        String goVersion = null;
        String toolchain = null;
        List<String> required = new ArrayList<>();
        boolean inRequireBlock = false;
        for (String line : text.split("\\R")) {
            String[] fields = withoutComment(line).strip().split("\\s+");
            if (inRequireBlock) {
                if (fields[0].equals(")")) {
                    inRequireBlock = false;
                } else if (!fields[0].isEmpty()) {
                    required.add(unquote(fields[0]));
                }
                continue;
            }
            switch (fields[0]) {
                case "go" -> goVersion = fields.length > 1 ? fields[1] : goVersion;
                case "toolchain" -> toolchain = fields.length > 1 ? fields[1] : toolchain;
                case "require" -> inRequireBlock = addRequirement(fields, required);
                default -> { }
            }
        }
        return new GoModule(Optional.ofNullable(goVersion), Optional.ofNullable(toolchain), required);
    }

    /** Adds the module of "require PATH VERSION" and returns whether the line opens a block instead. */
    private static boolean addRequirement(String[] fields, List<String> required) {
        if (fields.length < 2) {
            return false;
        }
        if (fields[1].equals("(")) {
            return true;
        }
        required.add(unquote(fields[1]));
        return false;
    }

    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    /** Removes the quotes that go.mod allows around a module path. */
    private static String unquote(String field) {
        boolean quoted = field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"");
        return quoted ? field.substring(1, field.length() - 1) : field;
    }
}
