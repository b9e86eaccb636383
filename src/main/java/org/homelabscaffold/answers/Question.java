package org.homelabscaffold.answers;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One answer the tool needs: its key, prompt, help, value shape, when it applies, its default and
 * the rule a single value must meet. The answers file, the line prompts and the full-screen wizard
 * all read these definitions, so a question is defined once.
 *
 * @param key dotted answers-file key, such as {@code migration.database}
 * @param title short prompt shown by the interactive front ends
 * @param help one or two sentences on what the answer changes and what it costs
 * @param kind value shape
 * @param choices offered values for {@link ValueKind#CHOICE}, else empty
 * @param optional whether "none" is an allowed answer that leaves the key unset
 * @param appliesWhen whether the question is asked, given the answers so far
 * @param defaultValue default given the answers so far, or null when the answer has none
 * @param rule extra check of one parsed value: an error message, or empty when valid
 */
public record Question(
        String key,
        String title,
        String help,
        ValueKind kind,
        List<Choice> choices,
        boolean optional,
        Predicate<AnswerMap> appliesWhen,
        Function<AnswerMap, Object> defaultValue,
        Function<Object, Optional<String>> rule) {

    public Question {
        choices = List.copyOf(choices);
    }

    public boolean appliesTo(AnswerMap answers) {
        return appliesWhen.test(answers);
    }

    public Object defaultFor(AnswerMap answers) {
        return defaultValue.apply(answers);
    }

    public Optional<String> check(Object value) {
        return rule.apply(value);
    }

    /** Returns the choice spelled {@code key}, if this question offers it. */
    public Optional<Choice> choice(String key) {
        return choices.stream().filter(choice -> choice.key().equals(key)).findFirst();
    }

    /** Returns the allowed values in words, for error messages and prompts. */
    public String allowedDescription() {
        if (kind != ValueKind.CHOICE) {
            return kind.description();
        }
        List<String> keys = new java.util.ArrayList<>(choices.stream().map(Choice::key).toList());
        if (optional) {
            keys.add("none");
        }
        return "one of " + String.join(", ", keys);
    }
}
