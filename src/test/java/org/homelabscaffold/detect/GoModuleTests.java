package org.homelabscaffold.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoModuleTests {

    @Test
    void parsesDirectivesAndRequirements() {
        GoModule module = GoModule.parse("""
                // Photos service.
                module example.com/photos

                go 1.23.4 // minimum
                toolchain go1.24.2

                require "github.com/mattn/go-sqlite3" v1.14.28
                require (
                    github.com/go-chi/chi/v5 v5.2.1
                    // a comment line inside the block
                    golang.org/x/sys v0.33.0 // indirect
                )
                replace example.com/old => ./old
                """);

        assertThat(module.goVersion()).hasValue("1.23.4");
        assertThat(module.toolchain()).hasValue("go1.24.2");
        assertThat(module.requiredModules())
                .containsExactly("github.com/mattn/go-sqlite3", "github.com/go-chi/chi/v5", "golang.org/x/sys");
    }

    @Test
    void emptyTextHasNothing() {
        GoModule module = GoModule.parse("");

        assertThat(module.goVersion()).isEmpty();
        assertThat(module.toolchain()).isEmpty();
        assertThat(module.requiredModules()).isEmpty();
    }

    @Test
    void directiveWithoutValueIsIgnored() {
        GoModule module = GoModule.parse("go\nrequire\n");

        assertThat(module.goVersion()).isEmpty();
        assertThat(module.requiredModules()).isEmpty();
    }
}
