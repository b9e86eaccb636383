package org.homelabscaffold.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.syntax.ComposeQuoting;
import org.homelabscaffold.syntax.DockerfileSyntax;
import org.homelabscaffold.syntax.ShellQuoting;
import org.homelabscaffold.syntax.YamlQuoting;
import org.homelabscaffold.testing.ExternalTool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every quoter must give back exactly the value it was given, whatever the value holds. */
class QuotingTests {

    static List<String> hostileValues() {
        return List.of("plain", "", "true", "null", "0123", "1.5", "a: b", "- item", "# hash", "key: {x}",
                "$(reboot)", "${HOME}", "`id`", "'quote'", "\"double\"", "back\\slash", "line\nbreak", "tab\there",
                "}}{{", "ünïcode ✓", "*", "&anchor", "!tag", "%percent", "@at", "a'b\"c$d`e\\f");
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void yamlScalarReadsBackUnchanged(String value) throws Exception {
        Map<?, ?> parsed = new YAMLMapper().readValue("key: " + YamlQuoting.scalar(value) + "\n", Map.class);

        assertThat(parsed.get("key")).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void composeLiteralDoublesEveryDollar(String value) throws Exception {
        Map<?, ?> parsed = new YAMLMapper().readValue("key: " + ComposeQuoting.literal(value) + "\n", Map.class);

        assertThat(parsed.get("key")).isEqualTo(value.replace("$", "$$"));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void execFormReadsBackAsJson(String value) throws Exception {
        String[] parsed = new ObjectMapper().readValue(DockerfileSyntax.execForm(List.of(value, "x")), String[].class);

        assertThat(parsed).containsExactly(value, "x");
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void plainOrQuotedWordReachesBashUnchanged(String value) throws Exception {
        ExternalTool.require("bash");

        ExternalTool.Result result = ExternalTool.run(java.nio.file.Path.of("."), Map.of(),
                List.of("bash", "-c", "printf %s " + ShellQuoting.word(value)));

        assertThat(result.output()).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void shellWordReachesBashUnchanged(String value) throws Exception {
        ExternalTool.require("bash");

        ExternalTool.Result result = ExternalTool.run(java.nio.file.Path.of("."), Map.of(),
                List.of("bash", "-c", "printf %s " + ShellQuoting.singleQuoted(value)));

        assertThat(result.output()).isEqualTo(value);
    }
}
