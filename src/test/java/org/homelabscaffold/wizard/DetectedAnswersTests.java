package org.homelabscaffold.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.Language;
import org.junit.jupiter.api.Test;

class DetectedAnswersTests {

    private static final String ENTRYPOINT_NOTE =
            "Found several main packages under cmd/ (api, worker) and chose ./cmd/api";
    private static final String FOLDER_NOTE = "Skipped vendor/ while looking for main packages";

    private final DetectedAnswers detected = new DetectedAnswers(Map.of("entrypoint", "./cmd/api"),
            Map.of("entrypoint", "cmd/api/main.go"), List.of(ENTRYPOINT_NOTE, FOLDER_NOTE),
            Map.of(ENTRYPOINT_NOTE, "entrypoint"));

    @Test
    void entrypointNoteShownForOneService() {
        AnswerMap answers = new AnswerMap();
        answers.put("language", Language.GO);

        assertThat(detected.notesFor(answers)).containsExactly(ENTRYPOINT_NOTE, FOLDER_NOTE);
    }

    @Test
    void entrypointNoteHiddenForServices() {
        AnswerMap answers = new AnswerMap();
        answers.put("language", Language.GO);
        answers.put("services", List.of(Map.of("name", "api"), Map.of("name", "worker")));

        assertThat(detected.notesFor(answers)).containsExactly(FOLDER_NOTE);
    }
}
