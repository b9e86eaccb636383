package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.recipe.DockerfilePlan.Stage;
import org.homelabscaffold.recipe.DockerfilePlan.Step;

/** Collects the steps of one stage, each with an optional comment that says why it is there. */
final class StageBuilder {

    private final String name;
    private final String from;
    private final List<String> comment = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private List<String> pendingComment = new ArrayList<>();

    StageBuilder(String name, String from) {
        this.name = name;
        this.from = from;
    }

    /** Sets the comment printed above the stage's {@code FROM} line. */
    StageBuilder describe(String... lines) {
        comment.addAll(List.of(lines));
        return this;
    }

    /** Attaches a comment to the next step. */
    StageBuilder why(String... lines) {
        pendingComment.addAll(List.of(lines));
        return this;
    }

    /** Adds a one-line instruction. */
    StageBuilder step(String instruction) {
        return step(List.of(instruction));
    }

    /** Adds an instruction spread over several lines; the builder adds the {@code \} continuations. */
    StageBuilder step(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i) : "    " + lines.get(i);
            joined.add(i < lines.size() - 1 ? line + " \\" : line);
        }
        steps.add(new Step(pendingComment, joined));
        pendingComment = new ArrayList<>();
        return this;
    }

    Stage build() {
        return new Stage(name, from, comment, steps);
    }
}
