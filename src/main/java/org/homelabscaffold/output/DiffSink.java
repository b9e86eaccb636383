package org.homelabscaffold.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** A dry run: prints what each change would do as a unified diff, and writes nothing. */
public final class DiffSink implements FileSink {

    private static final int CONTEXT_LINES = 3;
    private final PrintWriter out;

    public DiffSink(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(Path directory, List<FileChange> changes) {
        for (FileChange change : changes) {
            if (change.action() == FileChange.Action.UNCHANGED) {
                continue;
            }
            out.print(diff(change.existing(), change.file().content(), change.file().path()));
        }
        out.flush();
    }

    /** Returns a unified diff from {@code before} (null for a new file) to {@code after}. */
    public static String diff(String before, String after, String path) {
        List<String> original = before == null ? List.of() : before.lines().toList();
        List<String> revised = after.lines().toList();
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(
                before == null ? "/dev/null" : "a/" + path, "b/" + path, original, patch, CONTEXT_LINES);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            // GNU patch reads a new file's hunk only as starting at line 0.
            String fixed = before == null && line.startsWith("@@ -1,0 ") ? "@@ -0,0 " + line.substring(8) : line;
            text.append(fixed).append('\n');
        }
        return text.toString();
    }
}
