package org.homelabscaffold.update;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homelabscaffold.answers.Questions;
import org.homelabscaffold.output.ChangePlanner;
import org.homelabscaffold.output.FileChange;
import org.homelabscaffold.output.FileSink;

/**
 * A sink for {@code new} that records the state along with the generated files: each file's
 * generated text under base/, and whether it was written or kept as the user's. The state files
 * go to the same sink in the same call, after the project files, so they are written together.
 */
public final class StateRecordingSink implements FileSink {

    private final FileSink delegate;
    private final ToolIdentity tool;

    public StateRecordingSink(FileSink delegate, ToolIdentity tool) {
        this.delegate = delegate;
        this.tool = tool;
    }

    @Override
    public void accept(Path directory, List<FileChange> changes) throws IOException {
        List<FileChange> all = new ArrayList<>(changes);
        for (FileChange change : ChangePlanner.plan(directory, StateFolder.files(stateAfter(changes)), true)) {
            if (change.writes()) {
                all.add(change);
            }
        }
        delegate.accept(directory, all);
    }

    /**
     * Builds the state after {@code changes}. A file kept because it had other content is the user's,
     * and every other file is homelab-scaffold's.
     */
    private ProjectState stateAfter(List<FileChange> changes) {
        Map<String, RecordedFile> files = new TreeMap<>();
        for (FileChange change : changes) {
            FileStatus status = change.action() == FileChange.Action.KEEP ? FileStatus.NOT_WRITTEN : FileStatus.WRITTEN;
            files.put(change.file().path(), new RecordedFile(status, change.file().content(),
                    change.file().executable()));
        }
        return new ProjectState(Questions.SCHEMA, tool, new TreeMap<>(files));
    }
}
