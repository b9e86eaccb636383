package org.homelabscaffold.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.lang.reflect.AccessibleObject;
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

    /**
     * Skips the reflective search on values that have no properties a template reads. A section
     * such as {@code {{#hasPorts}}} puts its Boolean on the scope stack, and the search for each
     * name inside it would otherwise throw and catch a NoSuchMethodException or NoSuchFieldException
     * per method and field name it tries before moving on to the enclosing view.
     */
    @Override
    protected AccessibleObject findMember(Class sectionClass, String name) {
        if (sectionClass == Boolean.class || sectionClass == String.class) {
            return null;
        }
        return super.findMember(sectionClass, name);
    }
}
