package org.homelabscaffold.answers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads a YAML document into {@link YamlNode}s that remember their lines. */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeReader() {}

    /**
     * Parses {@code text}; an empty document gives an empty mapping.
     *
     * @throws InvalidAnswersException on a YAML syntax error or a repeated key
     */
    static YamlNode read(String text, String source) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(new LinkedHashMap<>(), 1);
            }
            return readValue(parser, source);
        } catch (StreamReadException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            String reason = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            throw invalid(source, line, "", "is not valid YAML: " + reason,
                    "check the indentation and quoting on that line");
        } catch (IOException e) {
            throw invalid(source, 0, "", "could not be read: " + e.getMessage(), "");
        }
    }

    private static YamlNode readValue(JsonParser parser, String source) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(parser, source, line);
            case START_ARRAY -> readSequence(parser, source, line);
            case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), parser.getText(), line);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(parser.getNumberValue(), parser.getText(), line);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getDoubleValue(), parser.getText(), line);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(parser.getBooleanValue(), parser.getText(), line);
            case VALUE_NULL -> new YamlNode.Scalar(null, "null", line);
            default -> throw invalid(source, line, "", "has an unsupported YAML value (" + token + ")", "");
        };
    }

    private static YamlNode readMapping(JsonParser parser, String source, int line) throws IOException {
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            YamlNode value = readValue(parser, source);
            if (entries.containsKey(key)) {
                throw invalid(source, keyLine, "", Problem.quote(key) + " is given twice (first on line "
                        + entries.get(key).keyLine() + ")", "keep one of them");
            }
            entries.put(key, new YamlNode.Entry(key, keyLine, value));
        }
        return new YamlNode.Mapping(entries, line);
    }

    private static YamlNode readSequence(JsonParser parser, String source, int line) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, source));
        }
        return new YamlNode.Sequence(items, line);
    }

    private static InvalidAnswersException invalid(String source, int line, String key, String message, String hint) {
        return new InvalidAnswersException(List.of(new Problem(source, line, key, message, hint)));
    }
}
