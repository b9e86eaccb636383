package org.homelabscaffold.recipe;

import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.Healthcheck;
import org.homelabscaffold.answers.ServiceAnswers;

/**
 * Health check commands that use only a tool the image has: busybox {@code wget} on Alpine, the
 * interpreter on Python and Node.js images, or the Go binary's own subcommand. The port is a
 * number and the path is checked to contain no quotes, so both are safe inside the code strings.
 */
final class Healthchecks {

    static final String INTERVAL = "30s";
    static final String TIMEOUT = "5s";
    static final String START_PERIOD = "10s";
    static final int RETRIES = 3;

    private Healthchecks() {}

    static List<String> wget(ServiceAnswers service) {
        return List.of("wget", "-q", "--spider", url(service));
    }

    static List<String> python(String interpreter, ServiceAnswers service) {
        return List.of(interpreter, "-c",
                "import urllib.request; urllib.request.urlopen('" + url(service) + "', timeout=3)");
    }

    static List<String> node(String interpreter, ServiceAnswers service) {
        return List.of(interpreter, "-e", "require('http').get('" + url(service) + "', r => process.exit("
                + "r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))");
    }

    static List<String> subcommand(String binary) {
        return List.of(binary, "health");
    }

    static boolean wanted(Answers answers, ServiceAnswers service, Healthcheck kind) {
        return !answers.isMigrationSidecar() && service.healthcheck() == kind;
    }

    private static String url(ServiceAnswers service) {
        return "http://127.0.0.1:" + service.port() + service.healthPath();
    }
}
