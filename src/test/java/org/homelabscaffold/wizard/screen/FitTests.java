package org.homelabscaffold.wizard.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FitTests {

    @Test
    void chunkBreaksAfterSpace() {
        assertThat(Fit.chunk("docker build .", 10)).containsExactly("docker ", "build .");
    }

    @Test
    void chunkSplitsWordLongerThanWidth() {
        assertThat(Fit.chunk("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void chunkKeepsEveryCharacter() {
        String line = "RUN --mount=type=cache,target=/root/.cache/pip  pip install -r requirements.txt";

        assertThat(String.join("", Fit.chunk(line, 17))).isEqualTo(line);
    }

    @Test
    void wrapBreaksAtWords() {
        assertThat(Fit.wrap("one two three", 8)).containsExactly("one two", "three");
    }

    @Test
    void cutEndsWithEllipsis() {
        assertThat(Fit.cut("registry.home.arpa", 10)).isEqualTo("registr...");
    }
}
