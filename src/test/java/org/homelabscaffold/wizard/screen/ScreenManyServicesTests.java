package org.homelabscaffold.wizard.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.homelabscaffold.wizard.EnginePreviews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the full-screen wizard with 60 services, 193 steps, with every Enter queued at once, as when
 * a user keeps Enter pressed.
 */
@Timeout(60)
class ScreenManyServicesTests {

    private static final int SERVICES = 60;
    private static final Pattern STEP = Pattern.compile("step (\\d+) of (\\d+)");

    /**
     * About 15 times what this test took on a 2-core machine (1.4 s). When each step change replayed
     * the earlier answers once per question, 20 s reached only step 142 of 193.
     */
    private static final Duration REVIEW_WAIT = Duration.ofSeconds(20);

    @TempDir
    Path project;

    private ScreenDriver driver;

    @AfterEach
    void stopWizard() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void queuedEntersReachReview() {
        driver = new ScreenDriver(EnginePreviews.into(project), Map.of(), project);
        driver.answer("tools");
        driver.answer("go");
        driver.acceptUntil("(services)");
        List<String> names = IntStream.range(0, SERVICES).mapToObj(index -> "svc" + index).toList();
        driver.answer(String.join(", ", names));
        String first = driver.awaitText("(services.svc0.entrypoint)");
        Matcher step = STEP.matcher(first);
        assertThat(step.find()).isTrue();
        int remaining = Integer.parseInt(step.group(2)) - Integer.parseInt(step.group(1)) + 1;
        IntStream.range(0, remaining).forEach(index -> driver.press(KeyType.Enter));
        String review = driver.awaitText("[Summary]", REVIEW_WAIT);

        // Each Go service is asked its entrypoint, port and health check.
        assertThat(Integer.parseInt(step.group(2))).isGreaterThan(3 * SERVICES);
        assertThat(review).contains("Answer 1 of ");
    }
}
