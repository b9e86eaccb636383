package org.homelabscaffold.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks on the start of Go source files: the package clause and cgo's import "C". */
final class GoSources {

    /** Enough bytes to cover the package clause, a cgo preamble and the imports of a typical file. */
    static final int HEAD_BYTES = 32 * 1024;

    /** Maximum number of Go files read when looking for import "C", so a large cmd/ stays fast. */
    static final int MAX_SCANNED_FILES = 40;

    private static final Pattern PACKAGE_MAIN = Pattern.compile("(?m)^\\s*package\\s+main\\b");
    private static final Pattern SINGLE_IMPORT_C = Pattern.compile("(?m)^\\s*import\\s+\"C\"");
    private static final Pattern GROUPED_IMPORT_C =
            Pattern.compile("(?m)^\\s*import\\s*\\([^)]*^\\s*\"C\"\\s*(//.*)?$");

    private GoSources() {}

    /** Returns whether the file exists and declares {@code package main}. */
    static boolean isMainPackage(ProjectFolder folder, String relativePath) {
        if (!folder.isFile(relativePath)) {
            return false;
        }
        return folder.readHead(relativePath, HEAD_BYTES)
                .map(head -> PACKAGE_MAIN.matcher(head).find())
                .orElse(false);
    }

    /** Returns whether the file imports the cgo pseudo-package "C", alone or in a grouped import. */
    static boolean importsC(ProjectFolder folder, String relativePath) {
        return folder.readHead(relativePath, HEAD_BYTES)
                .map(head -> SINGLE_IMPORT_C.matcher(head).find() || GROUPED_IMPORT_C.matcher(head).find())
                .orElse(false);
    }

    /**
     * Returns the non-test Go files at the root and in each cmd/* folder, at most
     * {@code limit} of them, root files first and each folder sorted by name.
     */
    static List<String> listSourceFiles(ProjectFolder folder, int limit) {
        List<String> files = new ArrayList<>();
        for (String name : folder.rootEntries()) {
            if (isSourceFile(name) && files.size() < limit) {
                files.add(name);
            }
        }
        for (String command : folder.listDirectories("cmd")) {
            for (String name : folder.listFiles("cmd/" + command)) {
                if (isSourceFile(name) && files.size() < limit) {
                    files.add("cmd/" + command + "/" + name);
                }
            }
            if (files.size() >= limit) {
                break;
            }
        }
        return files;
    }

    private static boolean isSourceFile(String name) {
        return name.endsWith(".go") && !name.endsWith("_test.go");
    }
}
