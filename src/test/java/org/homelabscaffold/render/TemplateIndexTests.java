package org.homelabscaffold.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mustachejava.MustacheException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplateIndexTests {

    @Test
    void everyTemplateFileIsListed() throws Exception {
        List<String> files;
        try (Stream<Path> scaffolds = Files.walk(Path.of("scaffolds"));
                Stream<Path> compose = Files.walk(Path.of("compose-templates"))) {
            files = Stream.concat(scaffolds, compose).filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }

        List<String> listed = Arrays.stream(Template.values()).map(Template::resource).sorted().toList();

        assertThat(files).isEqualTo(listed);
    }

    @Test
    void missingVariableIsAnError() {
        TemplateRenderer renderer = new TemplateRenderer();

        assertThatThrownBy(() -> renderer.render(Template.DOCKERIGNORE, Map.of()))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("template variable 'sections' is not provided by the view");
    }
}
