package io.kf5importer.mapping;

/**
 * A setting that parsed as YAML but cannot be used. Raised while compiling rules, before the file is known;
 * {@link MappingConfig#load} turns it into a {@link MappingException} naming the file.
 */
final class InvalidSettingException extends RuntimeException {

    InvalidSettingException(String setting, String message) {
        super("setting '" + setting + "': " + message);
    }
}
