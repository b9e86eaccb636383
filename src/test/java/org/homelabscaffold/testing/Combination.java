package org.homelabscaffold.testing;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Base;
import org.homelabscaffold.answers.Language;

/**
 * One point of the generation matrix: language, base, native code, migration and role.
 * {@link #all()} lists every point, including those the tool refuses.
 */
public record Combination(Language language, Base base, boolean nativeCode, String database, boolean sidecar) {

    public static List<Combination> all() {
        List<Combination> combinations = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Base base : Base.values()) {
                for (boolean nativeCode : new boolean[] {false, true}) {
                    combinations.add(new Combination(language, base, nativeCode, null, false));
                    combinations.add(new Combination(language, base, nativeCode, "postgres", false));
                    combinations.add(new Combination(language, base, nativeCode, "mariadb", true));
                }
            }
        }
        return combinations;
    }

    /** Returns whether the tool refuses this point: an interpreter or cgo on scratch. */
    public boolean isRefused() {
        return base == Base.SCRATCH && (language != Language.GO || nativeCode);
    }

    /** Returns a folder-safe name such as {@code go-scratch-static-postgres-app}. */
    public String id() {
        return language.key() + "-" + base.key() + "-" + (nativeCode ? "native" : "pure") + "-"
                + (database == null ? "nodb" : database) + "-" + (sidecar ? "sidecar" : "app");
    }

    /** Returns the {@code --set} arguments that describe this combination. */
    public List<String> setArguments() {
        List<String> args = new ArrayList<>();
        add(args, "name", "svc-" + language.key());
        add(args, "language", language.key());
        add(args, "base", base.key());
        add(args, "nativeCode", String.valueOf(nativeCode));
        if (nativeCode && base != Base.DISTROLESS) {
            add(args, "systemLibraries", language == Language.GO ? "libsqlite3" : "libpq");
        }
        if (language == Language.GO) {
            add(args, "entrypoint", "./cmd/server");
        }
        if (language == Language.NODE && !sidecar) {
            add(args, "buildScript", "true");
        }
        if (database != null) {
            add(args, "migration.database", database);
        }
        if (sidecar) {
            add(args, "role", "migration-sidecar");
        }
        add(args, "image", "registry.home.arpa:5000/svc-" + language.key());
        return args;
    }

    private static void add(List<String> args, String key, String value) {
        args.add("--set");
        args.add(key + "=" + value);
    }
}
