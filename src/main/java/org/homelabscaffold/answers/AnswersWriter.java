package org.homelabscaffold.answers;

import java.util.List;
import org.homelabscaffold.syntax.YamlQuoting;

/**
 * Writes answers in the answers-file format, every applicable key in catalogue order, so that
 * reading the file back gives the same answers and byte-identical generated files.
 */
public final class AnswersWriter {

    private AnswersWriter() {}

    public static String write(Answers answers) {
        AnswerMap values = AnswersFactory.toMap(answers);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Answers homelab-scaffold used; edit and run `homelab-scaffold update` to apply changes.\n");
        yaml.append("schema: ").append(Questions.SCHEMA).append('\n');
        AnswerMap asked = new AnswerMap();
        if (answers.isMultiService()) {
            asked.put(ServicesReader.KEY, answers.services());
        }
        for (Question question : Questions.everything()) {
            if (!question.appliesTo(asked)) {
                continue;
            }
            Object value = values.get(question.key());
            asked.put(question.key(), value);
            if (question.key().equals("migration.database")) {
                if (value != null) {
                    yaml.append("migration:\n  database: ").append(format(value)).append('\n');
                }
            } else if (question.key().equals("migration.command")) {
                yaml.append("  command: ").append(format(value)).append('\n');
            } else {
                yaml.append(question.key()).append(": ").append(format(value)).append('\n');
            }
        }
        if (answers.isMultiService()) {
            writeServices(yaml, answers.services());
        }
        return yaml.toString();
    }

    private static void writeServices(StringBuilder yaml, List<ServiceAnswers> services) {
        yaml.append(ServicesReader.KEY).append(":\n");
        for (ServiceAnswers service : services) {
            yaml.append("  - name: ").append(format(service.name())).append('\n');
            yaml.append("    entrypoint: ").append(format(service.entrypoint())).append('\n');
            yaml.append("    port: ").append(format(service.port())).append('\n');
            yaml.append("    healthcheck: ").append(format(service.healthcheck())).append('\n');
            if (service.healthcheck() == Healthcheck.HTTP) {
                yaml.append("    healthPath: ").append(format(service.healthPath())).append('\n');
            }
        }
    }

    private static String format(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof AnswerValue choice) {
            return choice.key();
        }
        if (value instanceof List<?> list) {
            return YamlQuoting.flowSequence(list.stream().map(String::valueOf).toList());
        }
        if (value instanceof String text) {
            return text.matches("[0-9]+(\\.[0-9]+)*") ? YamlQuoting.doubleQuoted(text) : YamlQuoting.scalar(text);
        }
        return String.valueOf(value);
    }
}
