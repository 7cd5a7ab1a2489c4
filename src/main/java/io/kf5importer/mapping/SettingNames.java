package io.kf5importer.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Walks a mapping file's YAML tokens and refuses the first setting name the {@link MappingFile} shape does not know,
 * naming the line it is on. Data binding could find it too, but for records it only notices at the end of the
 * enclosing block, which would point the operator at the wrong line.
 */
final class SettingNames {

    private SettingNames() {
    }

    /**
     * Checks the names of the value the parser is on and of everything inside it.
     *
     * @param shape the type the value binds to: a settings record, a map of names to settings, or a plain value
     * @param path the setting's dotted path, empty at the top level
     * @throws MappingException for the first unknown name
     */
    static void check(Path file, JsonParser parser, Type shape, String path) {
        Class<?> type = raw(shape);
        boolean block = type.isRecord() || Map.class.isAssignableFrom(type);
        if (parser.currentToken() != JsonToken.START_OBJECT || !block) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Type child = type.isRecord() ? settingType(type, name) : valueType(shape);
            if (child == null) {
                throw new MappingException(file, MappingFileReader.where(parser.currentTokenLocation())
                        + "unknown setting '" + name + "'"
                        + (path.isEmpty() ? " at the top level" : " under '" + path + "'")
                        + "; known settings there: " + names(type));
            }
            parser.nextToken();
            check(file, parser, child, path.isEmpty() ? name : path + "." + name);
        }
    }

    /** The YAML names a settings record takes, in the order the record declares them. */
    static String names(Class<?> settings) {
        return Arrays.stream(settings.getRecordComponents()).map(SettingNames::yamlName)
                .collect(Collectors.joining(", "));
    }

    private static Type settingType(Class<?> settings, String name) {
        return Arrays.stream(settings.getRecordComponents())
                .filter(component -> yamlName(component).equals(name))
                .map(RecordComponent::getGenericType)
                .findFirst().orElse(null);
    }

    private static String yamlName(RecordComponent component) {
        // @JsonProperty does not target record components; javac keeps it on the accessor.
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null ? component.getName() : property.value();
    }

    private static Type valueType(Type map) {
        if (map instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[1];
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }
}
