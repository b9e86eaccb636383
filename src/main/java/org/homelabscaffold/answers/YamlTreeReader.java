package org.homelabscaffold.answers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
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
            YamlNode root = readValue((YAMLParser) parser, source);
            if (parser.nextToken() != null) {
                throw invalid(source, parser.currentTokenLocation().getLineNr(), "", "a second YAML document starts"
                        + " here, but an answers file holds one", "remove the '---' line and what follows, or merge them");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw invalid(source, 0, "", "is nested too deeply to be an answers file", "check the file's indentation");
        } catch (StreamReadException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            throw invalid(source, line, "", "is not valid YAML: " + SyntaxErrors.reason(e), SyntaxErrors.hint(e));
        } catch (IOException e) {
            throw invalid(source, 0, "", "could not be read: " + e.getMessage(), "");
        }
    }

    private static YamlNode readValue(YAMLParser parser, String source) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        rejectUnsupported(parser, source, line);
        return switch (token) {
            case START_OBJECT -> readMapping(parser, source, line);
            case START_ARRAY -> readSequence(parser, source, line);
            case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), parser.getText(), line);
            case VALUE_NUMBER_INT -> integer(parser.getNumberValue(), parser.getText(), line);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getDoubleValue(), parser.getText(), line);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(parser.getBooleanValue(), parser.getText(), line);
            case VALUE_NULL -> new YamlNode.Scalar(null, "null", line);
            default -> throw invalid(source, line, "", "has a value that is not text, a number, true or false,"
                    + " a list or a mapping", "write the value out as plain text");
        };
    }

    /**
     * Rejects anchors, aliases and tags. The parser would hand over an alias's name instead of the
     * value it refers to, and tags are ignored, so either would silently change an answer.
     */
    private static void rejectUnsupported(YAMLParser parser, String source, int line) throws IOException {
        if (parser.isCurrentAlias() || parser.getCurrentAnchor() != null) {
            throw invalid(source, line, "", "uses a YAML anchor or alias (&name, *name), which answers files do"
                    + " not support", "write the value out in full");
        }
        if (parser.getTypeId() != null) {
            throw invalid(source, line, "", "uses a YAML tag (" + Problem.quote(parser.getTypeId())
                    + "), which answers files do not support", "remove the tag");
        }
    }

    /** Keeps only plain decimal integers as numbers: YAML 1.1 reads 017 as octal 15 and 0b1 as 1. */
    private static YamlNode.Scalar integer(Number value, String text, int line) {
        boolean decimal = text.matches("[-+]?(0|[1-9][0-9]*)");
        return new YamlNode.Scalar(decimal ? value : text, text, line);
    }

    private static YamlNode readMapping(JsonParser parser, String source, int line) throws IOException {
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            YamlNode value = readValue((YAMLParser) parser, source);
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
            items.add(readValue((YAMLParser) parser, source));
        }
        return new YamlNode.Sequence(items, line);
    }

    private static InvalidAnswersException invalid(String source, int line, String key, String message, String hint) {
        return new InvalidAnswersException(List.of(new Problem(source, line, key, message, hint)));
    }
}
