package org.homelabscaffold.recipe;

import java.util.List;

/** compose.yaml as the recipe decided it: services in start order, then named volumes. */
public record ComposePlan(List<String> header, List<Service> services, List<String> volumes) {

    public ComposePlan {
        header = List.copyOf(header);
        services = List.copyOf(services);
        volumes = List.copyOf(volumes);
    }

    /**
     * One service. {@code buildTarget} is null for services that only pull an image, and
     * {@code healthcheck} null when there is none.
     */
    public record Service(
            String name,
            List<String> comment,
            String buildTarget,
            String image,
            String user,
            List<String> tmpfs,
            List<String> capAdd,
            boolean init,
            String restart,
            List<String> ports,
            List<EnvVar> environment,
            List<String> volumes,
            ComposeHealthcheck healthcheck,
            List<Dependency> dependsOn) {

        public Service {
            comment = List.copyOf(comment);
            tmpfs = List.copyOf(tmpfs);
            capAdd = List.copyOf(capAdd);
            ports = List.copyOf(ports);
            environment = List.copyOf(environment);
            volumes = List.copyOf(volumes);
            dependsOn = List.copyOf(dependsOn);
        }
    }

    /**
     * An environment variable. When {@code interpolated} is true, the value holds Compose
     * {@code ${...}} references on purpose; otherwise every {@code $} in it is literal.
     */
    public record EnvVar(String name, String value, boolean interpolated) {}

    /** A health check in Compose's exec form: {@code test} starts with {@code CMD}. */
    public record ComposeHealthcheck(List<String> test, String interval, String timeout, int retries,
            String startPeriod) {}

    public record Dependency(String service, String condition) {}
}
