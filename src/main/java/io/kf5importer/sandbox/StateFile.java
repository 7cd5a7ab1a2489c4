package io.kf5importer.sandbox;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;

/**
 * Reads and writes seed and state files: JSON objects of {@code users}, {@code groups}, {@code ticket_fields},
 * {@code tickets} and {@code attachments}, members in snake_case, times as {@code yyyy-MM-dd HH:mm:ss}. Unknown
 * members are refused, so that a misspelt seed fails at start instead of being half read.
 */
final class StateFile {

    static final String BUILT_IN_SEED = "sandbox/seed.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .withConfigOverride(LocalDateTime.class,
                    override -> override.setFormat(JsonFormat.Value.forPattern("yyyy-MM-dd HH:mm:ss")))
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Jackson 3 ignores unknown members by default; a seed with a typo must fail instead
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StateFile() {
    }

    /** @throws IOException naming the file when it cannot be read or is not a valid seed or state */
    static StateSnapshot read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    static StateSnapshot readBuiltInSeed() throws IOException {
        try (InputStream in = StateFile.class.getClassLoader().getResourceAsStream(BUILT_IN_SEED)) {
            if (in == null) {
                throw new IOException("the built-in seed classpath:" + BUILT_IN_SEED + " is missing from the build");
            }
            return parse(in, "classpath:" + BUILT_IN_SEED);
        }
    }

    /** Writes to a temporary file beside {@code file}, then moves it over {@code file}, atomically where possible. */
    static void write(Path file, StateSnapshot snapshot) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            MAPPER.writeValue(temporary, snapshot);
            move(temporary, file);
        } catch (JacksonException e) {
            throw new IOException("cannot write the sandbox state to " + file + ": " + e.getOriginalMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static StateSnapshot parse(InputStream in, String source) throws IOException {
        try {
            return MAPPER.readValue(in, StateSnapshot.class);
        } catch (JacksonException e) {
            throw new IOException(source + " is not a valid sandbox seed or state file: " + e.getOriginalMessage()
                    + " (at " + e.getLocation() + ")", e);
        }
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
