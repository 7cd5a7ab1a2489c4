package io.kf5importer.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a mapping file's YAML into {@link MappingFile}, turning Jackson's complaints into messages that name the line,
 * the setting and what the file may say there.
 */
final class MappingFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private MappingFileReader() {
    }

    static MappingFile read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            MappingFile mapping = YAML.readValue(reader, MappingFile.class);
            if (mapping == null) {
                throw new MappingException(file, "the file is empty; expected at least ticket.title and "
                        + "ticket.comment.content (see config/mapping.yml for an example)");
            }
            return mapping;
        } catch (IOException e) {
            throw new MappingException(file, "cannot read the mapping file (" + e + "); check the path", e);
        } catch (JacksonException e) {
            throw new MappingException(file, describe(e), e);
        }
    }

    private static String describe(JacksonException e) {
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + "unknown setting '" + unknown.getPropertyName() + "'" + under(e)
                    + "; known settings there: " + known(unknown.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + "setting '" + settingPath(e) + "' has the wrong kind of value; expected "
                    + expected(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException) {
            return where + "not valid YAML: " + e.getOriginalMessage();
        }
        return where + (settingPath(e).isEmpty() ? "" : "setting '" + settingPath(e) + "': ") + e.getOriginalMessage();
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String under(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        String parent = pathText(path.subList(0, Math.max(0, path.size() - 1)));
        return parent.isEmpty() ? " at the top level" : " under '" + parent + "'";
    }

    private static String settingPath(JacksonException e) {
        return pathText(e.getPath());
    }

    private static String pathText(List<JacksonException.Reference> path) {
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

    private static String known(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
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
            return "a block of settings (" + settingsOf(type) + ")";
        }
        return type.getSimpleName();
    }

    /** The YAML names a settings block accepts, for messages. */
    private static String settingsOf(Class<?> block) {
        return Arrays.stream(block.getRecordComponents()).map(MappingFileReader::yamlName)
                .collect(Collectors.joining(", "));
    }

    private static String yamlName(RecordComponent component) {
        // @JsonProperty does not target record components; javac keeps it on the accessor.
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null ? component.getName() : property.value();
    }
}
