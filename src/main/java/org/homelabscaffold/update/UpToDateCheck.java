package org.homelabscaffold.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.GeneratedFile;

/**
 * Plans an update without reading the answers or rendering, when the result is known: the same
 * build renders the same answers to the same bytes, so when the answers file and the build are
 * the ones recorded, the new render is the recorded base. This keeps a run that has nothing to
 * do free of the YAML parser, the templates and JGit.
 */
public final class UpToDateCheck {

    private UpToDateCheck() {}

    /**
     * Returns the plan for updating {@code directory} with the recorded answers file and no other
     * option, or empty when it cannot be known without rendering.
     *
     * @throws InvalidStateException when the state file cannot be used
     * @throws IOException when a file cannot be read
     */
    public static Optional<UpdatePlan> plan(Path directory, ToolIdentity tool) throws IOException {
        ProjectState state = StateFolder.read(directory).orElse(null);
        if (state == null || !tool.isSameBuild(state.tool()) || !hasRecordedAnswers(directory, state)) {
            return Optional.empty();
        }
        List<GeneratedFile> render = new ArrayList<>();
        for (Map.Entry<String, RecordedFile> entry : state.files().entrySet()) {
            RecordedFile file = entry.getValue();
            if (file.base() == null) {
                return Optional.empty();
            }
            render.add(new GeneratedFile(entry.getKey(), file.base(), file.executable()));
        }
        return Optional.of(UpdatePlanner.plan(directory, state, render, Set.of(), tool));
    }

    private static boolean hasRecordedAnswers(Path directory, ProjectState state) throws IOException {
        RecordedFile recorded = state.file(Scaffolder.ANSWERS_FILE);
        Path answers = directory.resolve(Scaffolder.ANSWERS_FILE);
        if (recorded == null || recorded.status() != FileStatus.WRITTEN || recorded.base() == null
                || !Files.isRegularFile(answers)) {
            return false;
        }
        return Files.readString(answers, StandardCharsets.UTF_8).equals(recorded.base());
    }
}
