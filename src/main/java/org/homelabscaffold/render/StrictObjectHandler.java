package org.homelabscaffold.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.util.List;

/** Makes a template variable that no view provides an error instead of an empty string. */
final class StrictObjectHandler extends ReflectionObjectHandler {

    @Override
    public Wrapper find(String name, List<Object> scopes) {
        Wrapper wrapper = super.find(name, scopes);
        if (wrapper instanceof MissingWrapper) {
            throw new MustacheException("template variable '" + name + "' is not provided by the view");
        }
        return wrapper;
    }
}
