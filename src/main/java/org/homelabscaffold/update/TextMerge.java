package org.homelabscaffold.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Three-way merges of text with JGit's merge algorithm, which needs no repository. This is the only
 * class that uses JGit, so a run that merges nothing does not load it.
 */
final class TextMerge {

    /** A merged text, with whether it has conflict markers. */
    record Merged(String text, boolean hasConflicts) {}

    private TextMerge() {}

    /**
     * Merges the changes from {@code base} to {@code ours} and from {@code base} to {@code theirs}.
     * Lines both sides changed differently become a conflict in diff3 style: the user's lines, the
     * base lines and the new lines between markers labelled in words.
     */
    static Merged merge(String base, String ours, String theirs) {
        // A checkout with CRLF line ends (git's core.autocrlf on Windows) would differ on every line,
        // so lines are compared without their ends, and the user's CRLF ends are kept.
        boolean crlf = ours.contains("\r\n");
        MergeResult<RawText> result = mergeLines(toLf(base), toLf(ours), toLf(theirs));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMergeDiff3(text, result, ConflictMarkers.names(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        String merged = text.toString(StandardCharsets.UTF_8);
        return new Merged(crlf ? merged.replace("\n", "\r\n") : merged, result.containsConflicts());
    }

    private static String toLf(String text) {
        return text.replace("\r\n", "\n");
    }

    /**
     * Merges like {@link #merge}, but where both sides changed the same lines takes {@code theirs},
     * after the full-line {@code #} comments {@code ours} had there, so comments the user added next
     * to a changed line survive. Every line of the result ends with a newline.
     */
    static String mergePreferringTheirs(String base, String ours, String theirs) {
        MergeResult<RawText> result = mergeLines(base, ours, theirs);
        StringBuilder text = new StringBuilder();
        List<String> ourComments = new ArrayList<>();
        for (MergeChunk chunk : result) {
            RawText sequence = result.getSequences().get(chunk.getSequenceIndex());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> appendLines(text, sequence, chunk);
                case FIRST_CONFLICTING_RANGE -> ourComments = commentLines(sequence, chunk);
                case BASE_CONFLICTING_RANGE -> { }
                case NEXT_CONFLICTING_RANGE -> {
                    ourComments.forEach(comment -> text.append(comment).append('\n'));
                    ourComments = new ArrayList<>();
                    appendLines(text, sequence, chunk);
                }
            }
        }
        return text.toString();
    }

    private static MergeResult<RawText> mergeLines(String base, String ours, String theirs) {
        return new MergeAlgorithm().merge(RawTextComparator.DEFAULT, raw(base), raw(ours), raw(theirs));
    }

    private static void appendLines(StringBuilder text, RawText sequence, MergeChunk chunk) {
        for (int line = chunk.getBegin(); line < chunk.getEnd(); line++) {
            text.append(sequence.getString(line)).append('\n');
        }
    }

    private static List<String> commentLines(RawText sequence, MergeChunk chunk) {
        List<String> comments = new ArrayList<>();
        for (int line = chunk.getBegin(); line < chunk.getEnd(); line++) {
            if (sequence.getString(line).strip().startsWith("#")) {
                comments.add(sequence.getString(line));
            }
        }
        return comments;
    }

    private static RawText raw(String text) {
        return new RawText(text.getBytes(StandardCharsets.UTF_8));
    }
}
