package org.homelabscaffold.answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers given so far, by dotted key, as parsed values: {@link AnswerValue} constants, Boolean,
 * Integer, String or {@code List<String>}. A key mapped to null was answered "none".
 */
public final class AnswerMap {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public AnswerMap() {}

    public AnswerMap(AnswerMap other) {
        values.putAll(other.values);
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    public void remove(String key) {
        values.remove(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    public Optional<Language> language() {
        return typed("language", Language.class);
    }

    public Optional<Base> base() {
        return typed("base", Base.class);
    }

    public Optional<Role> role() {
        return typed("role", Role.class);
    }

    public Optional<PackageManager> packageManager() {
        return typed("packageManager", PackageManager.class);
    }

    public boolean isTrue(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object value = values.get(key);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private <T> Optional<T> typed(String key, Class<T> type) {
        Object value = values.get(key);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
