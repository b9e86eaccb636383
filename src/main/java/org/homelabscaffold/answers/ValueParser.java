package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a raw answer, from YAML or typed text, into the typed value a {@link Question} expects.
 * Parsing failures are returned as a message rather than thrown, so callers can collect them.
 */
public final class ValueParser {

    /** A parsed value, or the reason it could not be parsed; {@code value} null with no error means "none". */
    public record Result(Object value, String error, String hint) {

        static Result ok(Object value) {
            return new Result(value, null, "");
        }

        static Result error(String error, String hint) {
            return new Result(null, error, hint);
        }

        public boolean isValid() {
            return error == null;
        }
    }

    private ValueParser() {}

    /** Parses text typed on the command line or in a prompt; lists are comma-separated. */
    public static Result parseText(Question question, String text) {
        String trimmed = text.strip();
        if (question.kind() == ValueKind.TEXT_LIST) {
            List<YamlNode> items = new ArrayList<>();
            if (!trimmed.isEmpty()) {
                for (String item : trimmed.split(",", -1)) {
                    items.add(new YamlNode.Scalar(item.strip(), item.strip(), 0));
                }
            }
            return parse(question, new YamlNode.Sequence(items, 0));
        }
        Object scalar = switch (question.kind()) {
            case INTEGER -> parseInteger(trimmed);
            case BOOLEAN -> parseBoolean(trimmed);
            default -> trimmed;
        };
        return parse(question, new YamlNode.Scalar(scalar, trimmed, 0));
    }

    static Result parse(Question question, YamlNode node) {
        if (question.optional() && node instanceof YamlNode.Scalar scalar
                && (scalar.value() == null || "none".equals(scalar.value()))) {
            return Result.ok(null);
        }
        Result result = switch (question.kind()) {
            case TEXT -> parseString(node, question);
            case INTEGER -> parseIntegerNode(node, question);
            case BOOLEAN -> parseBooleanNode(node);
            case CHOICE -> parseChoice(node, question);
            case TEXT_LIST -> parseList(node);
        };
        if (!result.isValid() || result.value() == null) {
            return result;
        }
        return question.check(result.value())
                .map(message -> Result.error(message.startsWith(ValueRules.INVALID_ITEM)
                        ? message
                        : "invalid value " + describe(node) + ": " + message, ""))
                .orElse(result);
    }

    private static Result parseString(YamlNode node, Question question) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value() != null && !(scalar.value() instanceof Boolean)) {
            // Numbers are accepted as written, so an unquoted version 3.10 stays "3.10", not 3.1.
            return Result.ok(scalar.text());
        }
        return wrongType(node, question);
    }

    private static Result parseIntegerNode(YamlNode node, Question question) {
        // null and none both mean a service without a port, as in the wizard and in --set.
        if (node instanceof YamlNode.Scalar scalar && (scalar.value() == null || "none".equals(scalar.value()))
                && question.key().equals("port")) {
            return Result.ok(null);
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof Integer number) {
            return Result.ok(number);
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof Number) {
            // The YAML parser returns a Long or BigInteger for a number too large for an int.
            return Result.error("invalid value " + YamlNode.describe(node) + ": "
                    + question.check(Integer.MAX_VALUE).orElse("expected a whole number up to 2147483647"), "");
        }
        return wrongType(node, question);
    }

    private static Result parseBooleanNode(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean bool) {
            return Result.ok(bool);
        }
        return wrongType(node, ValueKind.BOOLEAN);
    }

    private static Result parseChoice(YamlNode node, Question question) {
        if (!(node instanceof YamlNode.Scalar scalar) || !(scalar.value() instanceof String text)) {
            return Result.error("invalid value " + YamlNode.describe(node) + ": expected "
                    + question.allowedDescription(), "");
        }
        return question.choice(text)
                .map(choice -> Result.ok(choice.value()))
                .orElseGet(() -> Result.error("invalid value " + Problem.quote(text) + ": expected "
                        + question.allowedDescription(),
                        Suggestions.didYouMean(text, question.choices().stream().map(Choice::key).toList())));
    }

    private static Result parseList(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            return Result.error("invalid value " + YamlNode.describe(node) + ": expected a list of strings",
                    "write it as [a, b] or as lines starting with '- '");
        }
        List<String> items = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.value() == null
                    || scalar.value() instanceof Boolean) {
                return Result.error("invalid list item " + YamlNode.describe(item) + ": expected a string",
                        "quote the item");
            }
            items.add(scalar.text());
        }
        return Result.ok(List.copyOf(items));
    }

    private static Result wrongType(YamlNode node, ValueKind expected) {
        return Result.error("invalid value " + YamlNode.describe(node) + ": expected " + expected.description(),
                wrongTypeHint(node, expected, true));
    }

    private static Result wrongType(YamlNode node, Question question) {
        boolean hasDefault = !AnswersResolver.isRequired(question.key());
        return Result.error("invalid value " + YamlNode.describe(node) + ": expected " + question.kind().description(),
                wrongTypeHint(node, question.kind(), hasDefault));
    }

    private static String wrongTypeHint(YamlNode node, ValueKind expected, boolean hasDefault) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            return "";
        }
        if (scalar.value() == null) {
            return hasDefault ? "remove the key to use the default" : "write a value after the colon, because there is no default";
        }
        if (expected == ValueKind.TEXT && scalar.value() instanceof Boolean) {
            // YAML 1.1 reads yes, no, on, off, true and false as booleans.
            return "quote it to use it as text: '" + scalar.text() + "'";
        }
        boolean digits = scalar.text().matches("[0-9]+");
        if (expected == ValueKind.INTEGER && digits && scalar.text().startsWith("0") && scalar.text().length() > 1) {
            return "write the number without leading zeros";
        }
        if (expected == ValueKind.INTEGER && digits) {
            return "remove the quotes around the number";
        }
        if (expected == ValueKind.BOOLEAN && scalar.text().matches("(?i)true|false")) {
            return "remove the quotes around " + scalar.text();
        }
        return "";
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Sequence sequence
                ? Problem.quote(sequence.items().stream()
                        .map(item -> item instanceof YamlNode.Scalar scalar ? scalar.text() : "...").toList())
                : YamlNode.describe(node);
    }

    private static Object parseInteger(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            if (text.matches("[0-9]+")) {
                // Too many digits for an int, so it reaches the range check instead of a type error.
                return new java.math.BigInteger(text);
            }
            return text.equals("none") || text.equals("null") ? null : text;
        }
    }

    private static Object parseBoolean(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y" -> Boolean.TRUE;
            case "false", "no", "n" -> Boolean.FALSE;
            default -> text;
        };
    }
}
