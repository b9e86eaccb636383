package org.homelabscaffold.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.Combination;
import org.homelabscaffold.testing.DockerfileStructure;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Parses every offered combination's Dockerfile and checks the stages the plan requires. */
class DockerfileStructureTests {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Z_]+)\\}?");
    private static final Pattern COPY_FROM = Pattern.compile("--from=(\\S+)");

    @TempDir
    Path directory;

    static Stream<Combination> offeredCombinations() {
        return Combination.all().stream().filter(combination -> !combination.isRefused());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offeredCombinations")
    void dockerfileHasRequiredStages(Combination combination) throws Exception {
        DockerfileStructure dockerfile = generate(combination);

        assertThat(dockerfile.firstLine()).isEqualTo("# syntax=docker/dockerfile:1");
        assertThat(dockerfile.lastStage().name()).isEqualTo("runtime");
        assertThat(dockerfile.stages().containsKey("migrate"))
                .as("migrate target").isEqualTo(combination.database() != null && !combination.sidecar());
        List<String> runtimeChain = dockerfile.chain("runtime").stream().map(DockerfileStructure.Stage::name).toList();
        assertThat(dockerfile.stages().keySet()).as("named build stages apart from the runtime")
                .anyMatch(name -> !runtimeChain.contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offeredCombinations")
    void stagesReferToEarlierStagesAndDeclaredArguments(Combination combination) throws Exception {
        DockerfileStructure dockerfile = generate(combination);
        List<String> seen = new ArrayList<>();
        List<String> globalArgs = dockerfile.globalArgs().stream()
                .map(line -> line.substring("ARG ".length()).split("=")[0]).toList();

        for (DockerfileStructure.Stage stage : dockerfile.stages().values()) {
            Matcher variable = VARIABLE.matcher(stage.from());
            while (variable.find()) {
                if (!variable.group(1).equals("BUILDPLATFORM")) {
                    assertThat(globalArgs).as("ARG for %s in FROM of %s", variable.group(1), stage.name())
                            .contains(variable.group(1));
                }
            }
            // Resolved first, because ${SERVICE:-api} contains a ':' but names a stage.
            String base = dockerfile.resolvedFrom(stage);
            if (!base.contains("/") && !base.contains(":") && !base.equals("scratch")) {
                assertThat(seen).as("base stage of %s", stage.name()).contains(base);
            }
            for (String copy : stage.withKeyword("COPY")) {
                Matcher from = COPY_FROM.matcher(copy);
                if (from.find()) {
                    assertThat(seen).as("COPY %s in %s", from.group(1), stage.name()).contains(from.group(1));
                }
            }
            seen.add(stage.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offeredCombinations")
    void runtimeChainIsNonRootWithoutCompiler(Combination combination) throws Exception {
        DockerfileStructure dockerfile = generate(combination);
        List<DockerfileStructure.Stage> chain = dockerfile.chain("runtime");
        List<String> instructions = chain.stream().flatMap(stage -> stage.instructions().stream()).toList();

        assertThat(instructions).noneMatch(line -> line.matches(".*\\b(gcc|g\\+\\+|make|musl-dev|libc6-dev)\\b.*"));
        assertThat(instructions).noneMatch(line -> line.matches(".*\\S+-dev\\b.*"));
        List<String> users = instructions.stream().filter(line -> line.startsWith("USER ")).toList();
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).doesNotContain("root").isNotEqualTo("USER 0").doesNotStartWith("USER 0:");
        List<String> entrypoints = instructions.stream().filter(line -> line.startsWith("ENTRYPOINT ")).toList();
        assertThat(entrypoints).isNotEmpty();
        assertThat(entrypoints.get(entrypoints.size() - 1)).startsWith("ENTRYPOINT [\"");
    }

    private DockerfileStructure generate(Combination combination) throws Exception {
        CliRun run = MatrixGoldenTests.generate(combination, directory);
        assertThat(run.status()).as(run.err()).isZero();
        return DockerfileStructure.parse(Files.readString(directory.resolve("Dockerfile")));
    }
}
