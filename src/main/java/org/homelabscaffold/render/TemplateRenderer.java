package org.homelabscaffold.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Prints templates with mustache.java. HTML escaping is off, because Dockerfiles, YAML and shell
 * are not HTML: the views quote each value for its own format instead.
 *
 * <p>Compiled templates are shared by every renderer in the process, because the templates are
 * fixed resources of the build. mustache.java's compiled templates may be executed by several
 * threads at once, so {@link #compileAll()} can run on another thread while answers are read.
 */
public final class TemplateRenderer {

    private static final DefaultMustacheFactory FACTORY = createFactory();
    private static final ConcurrentMap<Template, Mustache> COMPILED = new ConcurrentHashMap<>();

    /**
     * Compiles every template that is not compiled yet. A thread that renders a template while
     * another compiles it waits for that compilation instead of repeating it.
     */
    public static void compileAll() {
        for (Template template : Template.values()) {
            compiled(template);
        }
    }

    /** Prints {@code template} with {@code view}. */
    public String render(Template template, Object view) {
        StringWriter output = new StringWriter();
        compiled(template).execute(output, view);
        return output.toString();
    }

    private static Mustache compiled(Template template) {
        return COMPILED.computeIfAbsent(template,
                key -> FACTORY.compile(new StringReader(TemplateSource.read(key.resource())), key.resource()));
    }

    private static DefaultMustacheFactory createFactory() {
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        factory.setObjectHandler(new StrictObjectHandler());
        return factory;
    }
}
