package org.homelabscaffold.recipe;

import java.util.List;

/**
 * A Dockerfile as the recipe decided it: build arguments declared before the first {@code FROM},
 * then stages in order, the runtime stage last.
 */
public record DockerfilePlan(List<BuildArg> args, List<Stage> stages) {

    public DockerfilePlan {
        args = List.copyOf(args);
        stages = List.copyOf(stages);
    }

    /**
     * A build argument with its default, such as {@code GO_VERSION=1.25}, or with an empty value
     * for an argument declared without a default. A non-empty {@code comment} is printed above it,
     * after a blank line, to set it apart from the version arguments.
     */
    public record BuildArg(String name, String value, List<String> comment) {

        public BuildArg {
            comment = List.copyOf(comment);
        }

        public BuildArg(String name, String value) {
            this(name, value, List.of());
        }

        /** Returns the text after {@code ARG}: {@code NAME=VALUE}, or {@code NAME} alone without a default. */
        public String declaration() {
            return value.isEmpty() ? name : name + "=" + value;
        }

        /** Returns whether a comment precedes the argument. */
        public boolean commented() {
            return !comment.isEmpty();
        }
    }

    /** One {@code FROM ... AS name} stage; {@code comment} explains what the stage is for. */
    public record Stage(String name, String from, List<String> comment, List<Step> steps) {

        public Stage {
            comment = List.copyOf(comment);
            steps = List.copyOf(steps);
        }
    }

    /**
     * One instruction, possibly over several lines joined by {@code \}, with comment lines above it.
     *
     * @param lines the instruction's lines, the first starting with the keyword
     */
    public record Step(List<String> comment, List<String> lines) {

        public Step {
            comment = List.copyOf(comment);
            lines = List.copyOf(lines);
        }
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }
}
