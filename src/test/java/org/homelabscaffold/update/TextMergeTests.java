package org.homelabscaffold.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMergeTests {

    private static final String BASE = "one\ntwo\nthree\nfour\nfive\n";

    @Test
    void crlfCopyMergesAndKeepsCrlf() {
        String ours = BASE.replace("one", "ONE").replace("\n", "\r\n");

        TextMerge.Merged merged = TextMerge.merge(BASE, ours, "one\ntwo\nthree\nfour\nFIVE\n");

        assertThat(merged.hasConflicts()).isFalse();
        assertThat(merged.text()).isEqualTo("ONE\r\ntwo\r\nthree\r\nfour\r\nFIVE\r\n");
    }

    @Test
    void editsInDifferentPlacesMergeCleanly() {
        TextMerge.Merged merged = TextMerge.merge(BASE, "ONE\ntwo\nthree\nfour\nfive\n",
                "one\ntwo\nthree\nfour\nFIVE\n");

        assertThat(merged.hasConflicts()).isFalse();
        assertThat(merged.text()).isEqualTo("ONE\ntwo\nthree\nfour\nFIVE\n");
    }

    @Test
    void sameLineChangedTwiceHasLabelledMarkers() {
        TextMerge.Merged merged = TextMerge.merge(BASE, "one\nmine\nthree\nfour\nfive\n",
                "one\nnew\nthree\nfour\nfive\n");

        assertThat(merged.hasConflicts()).isTrue();
        assertThat(merged.text()).isEqualTo("""
                one
                <<<<<<< your version
                mine
                ||||||| last generated
                two
                =======
                new
                >>>>>>> new generated
                three
                four
                five
                """);
    }

    @Test
    void identicalChangesDoNotConflict() {
        String both = "one\nsame\nthree\nfour\nfive\n";

        TextMerge.Merged merged = TextMerge.merge(BASE, both, both);

        assertThat(merged.hasConflicts()).isFalse();
        assertThat(merged.text()).isEqualTo(both);
    }

    @Test
    void preferringTheirsTakesNewTextInConflict() {
        String merged = TextMerge.mergePreferringTheirs(BASE, "one\nmine\nthree\nfour\nfive\n",
                "one\nnew\nthree\nfour\nfive\n");

        assertThat(merged).isEqualTo("one\nnew\nthree\nfour\nfive\n");
    }

    @Test
    void preferringTheirsKeepsOurCommentsInConflict() {
        String merged = TextMerge.mergePreferringTheirs(BASE, "one\n# why\nmine\nthree\nfour\nfive\n",
                "one\nnew\nthree\nfour\nfive\n");

        assertThat(merged).isEqualTo("one\n# why\nnew\nthree\nfour\nfive\n");
    }

    @Test
    void preferringTheirsKeepsOurOtherChanges() {
        String merged = TextMerge.mergePreferringTheirs(BASE, "# top\none\ntwo\nthree\nfour\nfive\n",
                "one\ntwo\nthree\nfour\nFIVE\n");

        assertThat(merged).isEqualTo("# top\none\ntwo\nthree\nfour\nFIVE\n");
    }

    @Test
    void missingFinalNewlineIsKept() {
        TextMerge.Merged merged = TextMerge.merge("one\ntwo", "ONE\ntwo", "one\ntwo");

        assertThat(merged.text()).isEqualTo("ONE\ntwo");
    }
}
