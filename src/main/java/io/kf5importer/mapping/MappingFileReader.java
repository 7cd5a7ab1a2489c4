package io.kf5importer.mapping;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads a mapping file's YAML into {@link MappingFile}, turning parser and binding complaints into messages that name
 * the line, the setting and what the file may say there.
 */
final class MappingFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private MappingFileReader() {
    }

    static MappingFile read(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MappingException(file, "cannot read the mapping file (" + e + "); check the path", e);
        }
        try {
            checkNames(file, yaml);
            return YAML.readValue(yaml, MappingFile.class);
        } catch (JacksonException e) {
            throw new MappingException(file, describe(e), e);
        }
    }

    /** "line 4, column 7: ", or nothing when the place is unknown. */
    static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static void checkNames(Path file, String yaml) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new MappingException(file, "the file is empty; expected at least ticket.title and "
                        + "ticket.comment.content (config/mapping.yml is an example)");
            }
            if (!parser.isExpectedStartObjectToken()) {
                throw new MappingException(file, where(parser.currentTokenLocation()) + "expected settings such as "
                        + "'ticket:' at the top level (" + SettingNames.names(MappingFile.class) + ")");
            }
            SettingNames.check(file, parser, MappingFile.class, "");
        }
    }

    private static String describe(JacksonException e) {
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + "unknown setting '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + "setting '" + settingPath(e.getPath()) + "' has the wrong kind of value; expected "
                    + expected(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException) {
            return where + "not valid YAML: " + e.getOriginalMessage();
        }
        String path = settingPath(e.getPath());
        return where + (path.isEmpty() ? "" : "setting '" + path + "': ") + e.getOriginalMessage();
    }

    private static String settingPath(List<JacksonException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                text.append(text.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                text.append('[').append(step.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a text";
        }
        if (type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a block of 'name: value' lines";
        }
        if (type.isRecord()) {
            return "a block of settings (" + SettingNames.names(type) + ")";
        }
        return type.getSimpleName();
    }
}
