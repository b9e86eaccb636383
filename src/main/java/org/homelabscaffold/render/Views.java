package org.homelabscaffold.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.recipe.BuildxPlan;
import org.homelabscaffold.recipe.ComposePlan;
import org.homelabscaffold.recipe.ComposePlan.EnvVar;
import org.homelabscaffold.recipe.ComposePlan.Service;
import org.homelabscaffold.recipe.ProjectPlan;
import org.homelabscaffold.syntax.ComposeQuoting;
import org.homelabscaffold.syntax.ShellQuoting;
import org.homelabscaffold.syntax.YamlQuoting;

/**
 * Builds the values each template prints, quoted for the template's format: YAML scalars with
 * Compose's {@code $$} for compose.yaml, single-quoted words for the shell script. Dockerfile
 * values arrive already formatted by the recipe.
 */
final class Views {

    private Views() {}

    static Map<String, Object> dockerfile(ProjectPlan plan) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", plan.answers().name());
        view.put("hasMigrate", plan.dockerfile().stageNames().contains("migrate"));
        view.put("buildHint", buildHint(plan));
        view.put("versionHint", plan.dockerfile().args().stream().limit(1)
                .map(arg -> arg.name() + "=" + arg.value()).toList());
        view.put("args", plan.dockerfile().args());
        view.put("stages", plan.dockerfile().stages());
        return view;
    }

    private static String buildHint(ProjectPlan plan) {
        if (plan.answers().isMultiService()) {
            return "Build a service with `docker build --target NAME .`";
        }
        return plan.answers().isMigrationSidecar()
                ? "Build the migration runner with `docker build .`"
                : "Build the app with `docker build .`";
    }

    static Map<String, Object> dockerignore(ProjectPlan plan) {
        return Map.of("sections", plan.dockerignore().sections());
    }

    static Map<String, Object> compose(ProjectPlan plan) {
        ComposePlan compose = plan.compose();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("header", compose.header());
        view.put("services", compose.services().stream().map(Views::service).toList());
        view.put("hasVolumes", !compose.volumes().isEmpty());
        view.put("volumes", compose.volumes().stream().map(YamlQuoting::scalar).toList());
        return view;
    }

    private static Map<String, Object> service(Service service) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", YamlQuoting.scalar(service.name()));
        view.put("comment", service.comment());
        view.put("build", service.buildTarget() == null ? List.of() : List.of(Map.of("target", service.buildTarget())));
        view.put("image", ComposeQuoting.literal(service.image()));
        view.put("user", service.user() == null ? List.of() : List.of(YamlQuoting.doubleQuoted(service.user())));
        view.put("tmpfs", service.tmpfs().stream().map(YamlQuoting::scalar).toList());
        view.put("hasCapAdd", !service.capAdd().isEmpty());
        view.put("capAdd", service.capAdd());
        view.put("init", service.init());
        view.put("restart", YamlQuoting.doubleQuoted(service.restart()));
        view.put("hasPorts", !service.ports().isEmpty());
        view.put("ports", service.ports().stream().map(YamlQuoting::doubleQuoted).toList());
        view.put("hasEnvironment", !service.environment().isEmpty());
        view.put("environment", service.environment().stream().map(Views::environment).toList());
        view.put("hasVolumes", !service.volumes().isEmpty());
        view.put("volumes", service.volumes().stream().map(YamlQuoting::scalar).toList());
        view.put("healthcheck", service.healthcheck() == null ? List.of() : List.of(healthcheck(service)));
        view.put("hasDependsOn", !service.dependsOn().isEmpty());
        view.put("dependsOn", service.dependsOn().stream().map(dependency -> Map.of(
                "service", YamlQuoting.scalar(dependency.service()), "condition", dependency.condition())).toList());
        return view;
    }

    private static Map<String, Object> environment(EnvVar variable) {
        String value = variable.interpolated()
                ? YamlQuoting.doubleQuoted(variable.value())
                : YamlQuoting.doubleQuoted(variable.value().replace("$", "$$"));
        return Map.of("name", variable.name(), "value", value);
    }

    private static Map<String, Object> healthcheck(Service service) {
        ComposePlan.ComposeHealthcheck check = service.healthcheck();
        String test = "[" + String.join(", ", check.test().stream()
                .map(word -> YamlQuoting.doubleQuoted(word.replace("$", "$$"))).toList()) + "]";
        return Map.of("test", test, "interval", check.interval(), "timeout", check.timeout(),
                "retries", check.retries(), "startPeriod", check.startPeriod());
    }

    static Map<String, Object> buildx(ProjectPlan plan) {
        BuildxPlan buildx = plan.buildx();
        String platforms = String.join(",", buildx.platforms());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", buildx.name());
        view.put("subject", plan.answers().isMultiService()
                ? "the images of the " + buildx.name() + " services"
                : "the " + buildx.name() + " image");
        view.put("hasMigrate", buildx.targets().stream().anyMatch(target -> target.stage().equals("migrate")));
        view.put("image", ShellQuoting.singleQuoted(buildx.image()));
        view.put("imagePlain", buildx.image());
        view.put("nativeCompileNote", buildx.nativeCompile()
                ? List.of("This service uses cgo, so each platform compiles on its own architecture: without an"
                        + "\narm64 node, the arm64 build runs under QEMU emulation and takes several times longer.")
                : List.of());
        view.put("imageSuffixNote", buildx.targets().size() > 1
                ? List.of("targets are pushed as " + String.join(", ", buildx.targets().stream()
                        .map(target -> target.stage() + " to IMAGE" + target.image().substring(buildx.image().length()))
                        .toList()))
                : List.of());
        view.put("platforms", ShellQuoting.singleQuoted(platforms));
        view.put("platformsPlain", platforms);
        view.put("targetList", String.join(", ", buildx.targets().stream().map(BuildxPlan.Target::stage).toList()));
        view.put("buildArgExample", plan.dockerfile().args().stream().findFirst()
                .map(arg -> arg.name() + "=" + arg.value()).orElse("KEY=VALUE"));
        view.put("stages", String.join(" ", buildx.targets().stream()
                .map(target -> ShellQuoting.singleQuoted(target.stage())).toList()));
        view.put("suffixes", String.join(" ", buildx.targets().stream()
                .map(target -> ShellQuoting.singleQuoted(target.image().substring(buildx.image().length()))).toList()));
        return view;
    }
}
