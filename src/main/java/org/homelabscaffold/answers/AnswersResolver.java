package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completes given answers with detected values and defaults, checks them together, and builds
 * {@link Answers}. Questions are visited in catalogue order, so each default can depend on the
 * answers before it.
 */
public final class AnswersResolver {

    /** Complete answers plus the warnings met on the way. */
    public record Resolved(Answers answers, AnswerMap values, List<String> warnings) {}

    private AnswersResolver() {}

    /**
     * Resolves {@code given} answers.
     *
     * @param detected values detected in the project folder, by answers key, used where nothing was given
     * @throws InvalidAnswersException with every problem found
     */
    public static Resolved resolve(AnswersReader.Given given, Map<String, Object> detected) {
        List<Problem> problems = new ArrayList<>(given.problems());
        List<String> warnings = new ArrayList<>(given.warnings());
        AnswerMap values = complete(given, detected, problems, warnings);
        List<ServiceAnswers> services = List.of();
        if (problems.isEmpty()) {
            problems.addAll(Compatibility.rejections(values, given.sources()));
            services = ServicesResolver.complete(values, given.sources(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        Answers answers = AnswersFactory.create(values, services);
        warnings.addAll(Compatibility.warnings(answers));
        return new Resolved(answers, values, List.copyOf(warnings));
    }

    /** Fills in each question that applies; drops, with a warning, given answers that do not apply. */
    public static AnswerMap complete(AnswersReader.Given given, Map<String, Object> detected,
            List<Problem> problems, List<String> warnings) {
        AnswerMap values = new AnswerMap();
        if (given.answers().get(ServicesReader.KEY) instanceof List<?> services && !services.isEmpty()) {
            values.put(ServicesReader.KEY, services);
        }
        for (Question question : Questions.everything()) {
            String key = question.key();
            boolean isGiven = given.answers().has(key);
            if (!question.appliesTo(values)) {
                if (isGiven && given.answers().get(key) != null) {
                    warnings.add(given.sources().problem(key, "ignored, because it does not apply to the other"
                            + " answers", "").format());
                }
                continue;
            }
            if (isGiven) {
                values.put(key, given.answers().get(key));
            } else if (detected.containsKey(key) && DetectedValues.parse(question, detected.get(key)) != null) {
                values.put(key, DetectedValues.parse(question, detected.get(key)));
            } else if (question.defaultFor(values) != null) {
                values.put(key, question.defaultFor(values));
            } else if (isRequired(key) && !given.sources().isGiven(key) && !hasFileProblem(given)) {
                Problem missing = given.sources().problem(key, "missing; expected " + question.allowedDescription(), "");
                problems.add(new Problem(missing.source(), missing.line(), key, missing.message(),
                        missingHint(key, missing.source().equals("--set"))));
            }
        }
        if (given.answers().has("migration.command") && values.get("migration.database") == null
                && !given.sources().isGiven("migration.database")) {
            problems.add(given.sources().problem("migration.database", "missing: a migration needs the database"
                    + " it runs against", "set migration.database to postgres or mariadb"));
        }
        return values;
    }

    /** Returns the detected values that are valid answers, dropping any that no question accepts. */
    public static Map<String, Object> usableDetected(Map<String, Object> detected) {
        Map<String, Object> usable = new java.util.LinkedHashMap<>();
        detected.forEach((key, value) -> Questions.byKey(key)
                .filter(question -> DetectedValues.parse(question, value) != null)
                .ifPresent(question -> usable.put(key, value)));
        return usable;
    }

    /** Returns how to add a missing required answer, in the syntax of where the answers came from. */
    private static String missingHint(String key, boolean fromCommandLine) {
        if (fromCommandLine) {
            return key.equals("name") ? "add --set name=my-service" : "add --set language=go, python or node";
        }
        return key.equals("name") ? "add 'name: my-service'" : "add 'language: go', 'python' or 'node'";
    }

    static boolean isRequired(String key) {
        return key.equals("name") || key.equals("language");
    }

    /** Returns whether the file could not be parsed at all, so that each missing key would only add noise. */
    private static boolean hasFileProblem(AnswersReader.Given given) {
        return given.problems().stream().anyMatch(problem -> problem.key().isEmpty());
    }
}
