package org.homelabscaffold.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.homelabscaffold.update.PlannedFile;
import org.homelabscaffold.update.UpdatePlan;

/** Prints an update plan, or what an update did, as one JSON document for scripts and CI. */
final class UpdatePlanJson {

    /** One generated file: {@code outcome} is a stable identifier, {@code label} the words a person reads. */
    record FileEntry(String path, String outcome, String label, boolean written, boolean conflictMarkers,
            String diff) {}

    /**
     * The whole document.
     *
     * @param previousToolVersion the version recorded by the last run, or null when none was recorded
     */
    record Document(String directory, boolean dryRun, int exitStatus, String toolVersion,
            String previousToolVersion, List<FileEntry> files) {}

    private UpdatePlanJson() {}

    static void print(UpdatePlan plan, Path directory, boolean dryRun, ExitStatus status, PrintWriter out) {
        List<FileEntry> files = plan.files().stream().map(UpdatePlanJson::entry).toList();
        Document document = new Document(directory.toString(), dryRun, status.code(), plan.next().tool().version(),
                plan.previous() == null ? null : plan.previous().tool().version(), files);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the update plan could not be written as JSON", e);
        }
        out.flush();
    }

    private static FileEntry entry(PlannedFile file) {
        return new FileEntry(file.path(), file.outcome().id(), file.outcome().label(), file.outcome().writes(),
                file.hasConflictMarkers(), UpdatePlanText.diff(file));
    }
}
