package org.homelabscaffold.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Prints templates with mustache.java. HTML escaping is off, because Dockerfiles, YAML and shell
 * are not HTML: the views quote each value for its own format instead.
 */
public final class TemplateRenderer {

    private final DefaultMustacheFactory factory = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private final Map<Template, Mustache> compiled = new EnumMap<>(Template.class);

    public TemplateRenderer() {
        factory.setObjectHandler(new StrictObjectHandler());
    }

    /** Prints {@code template} with {@code view}; each template is compiled once per renderer. */
    public String render(Template template, Object view) {
        Mustache mustache = compiled.computeIfAbsent(template, key -> factory.compile(key.resource()));
        StringWriter output = new StringWriter();
        mustache.execute(output, view);
        return output.toString();
    }
}
