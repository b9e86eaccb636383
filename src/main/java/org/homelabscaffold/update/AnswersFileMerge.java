package org.homelabscaffold.update;

import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.AnswersResolver;
import org.homelabscaffold.answers.AnswersWriter;
import org.homelabscaffold.answers.InvalidAnswersException;

/**
 * Merges the answers file. Its new text was rendered from the answers the update read, the user's
 * edits included, so where both sides changed the same lines the new text wins. Lines only the
 * user changed are kept, and so are the user's comment lines next to a changed answer.
 */
final class AnswersFileMerge {

    private AnswersFileMerge() {}

    /** Returns the merged text, or {@code generated} when the merge would read back as other answers. */
    static String merge(String base, String current, String generated) {
        String merged = TextMerge.mergePreferringTheirs(base, current, generated);
        return readsBackAs(merged, generated) ? merged : generated;
    }

    private static boolean readsBackAs(String merged, String generated) {
        try {
            AnswersReader.Given given = AnswersReader.read("merged answers", merged, List.of());
            return AnswersWriter.write(AnswersResolver.resolve(given, Map.of()).answers()).equals(generated);
        } catch (InvalidAnswersException e) {
            return false;
        }
    }
}
