package org.homelabscaffold.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.homelabscaffold.detect.NativePackages.Ecosystem;

/** Native-code detection from the runtime dependencies in package.json. */
final class NodeDependencies {

    private NodeDependencies() {}

    /** Checks the dependencies object; devDependencies are left out because they do not reach the runtime image. */
    static void detectNativeCode(JsonNode manifest, DetectedProjectBuilder result) {
        NativeCodeFindings findings = new NativeCodeFindings(Ecosystem.NODE);
        JsonNode dependencies = manifest.path("dependencies");
        List<String> names = new ArrayList<>();
        if (dependencies.isObject()) {
            for (Iterator<String> keys = dependencies.fieldNames(); keys.hasNext(); ) {
                names.add(keys.next());
            }
        }
        findings.checkDependencies(names, NodeDetector.PACKAGE_JSON + " (dependencies)");
        findings.record(result);
    }
}
