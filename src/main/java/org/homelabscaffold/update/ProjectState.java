package org.homelabscaffold.update;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record homelab-scaffold keeps of a project folder after its last run: the answers-file
 * schema, the build that rendered the files, and every generated file with its last generated text.
 */
public record ProjectState(int schema, ToolIdentity tool, SortedMap<String, RecordedFile> files) {

    public ProjectState {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Returns the record of {@code path}, or null when the last run did not generate it. */
    public RecordedFile file(String path) {
        return files.get(path);
    }
}
