package org.homelabscaffold.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.Choice;
import org.homelabscaffold.answers.KnownPlatforms;
import org.homelabscaffold.answers.Question;
import org.homelabscaffold.answers.SystemLibrary;
import org.homelabscaffold.answers.ValueKind;

/** Lists the values a question offers, each with its help and, when it cannot work, the reason. */
final class OptionCatalog {

    private static final Map<String, String> PLATFORM_HELP = Map.of(
            "linux/amd64", "64-bit x86 PCs, mini PCs and servers.",
            "linux/arm64", "64-bit ARM: Raspberry Pi 4 or 5 on a 64-bit OS, most ARM single-board computers.",
            "linux/arm/v7", "32-bit ARM: Raspberry Pi 2 or 3 on a 32-bit OS.",
            "linux/arm/v6", "Older 32-bit ARM: Raspberry Pi 1 and Zero.",
            "linux/386", "32-bit x86.",
            "linux/ppc64le", "IBM POWER, little-endian.",
            "linux/riscv64", "64-bit RISC-V boards.",
            "linux/s390x", "IBM Z.");

    private OptionCatalog() {}

    static List<Option> optionsFor(Question question, AnswerMap before) {
        if (question.kind() == ValueKind.CHOICE) {
            return choices(question, before);
        }
        if (question.kind() == ValueKind.BOOLEAN) {
            return List.of(new Option(Boolean.TRUE, "yes", "", null), new Option(Boolean.FALSE, "no", "", null));
        }
        if (question.key().equals("systemLibraries")) {
            return SystemLibrary.keys().stream().map(key -> new Option(key, key,
                    "Links " + SystemLibrary.byKey(key).orElseThrow().purpose() + ".", null)).toList();
        }
        if (question.key().equals("platforms")) {
            return KnownPlatforms.all().stream()
                    .map(platform -> new Option(platform, platform, PLATFORM_HELP.getOrDefault(platform, ""), null))
                    .toList();
        }
        return List.of();
    }

    private static List<Option> choices(Question question, AnswerMap before) {
        List<Option> options = new ArrayList<>();
        for (Choice choice : question.choices()) {
            options.add(option(question, choice.value(), choice.key(), choice.help(), before));
        }
        if (question.optional()) {
            String help = "No " + question.title().toLowerCase(Locale.ROOT) + ".";
            options.add(option(question, null, "none", help, before));
        }
        return options;
    }

    private static Option option(Question question, Object value, String label, String help, AnswerMap before) {
        return new Option(value, label, help, ChoiceRules.rejection(question, value, before).orElse(null));
    }
}
