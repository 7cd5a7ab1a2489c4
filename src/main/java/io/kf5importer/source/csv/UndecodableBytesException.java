package io.kf5importer.source.csv;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/** Bytes that the chosen encoding cannot decode, with where they are in the file. */
final class UndecodableBytesException extends CharacterCodingException {

    private final long byteOffset;
    private final int byteValue;
    private final transient Charset charset;

    UndecodableBytesException(long byteOffset, int byteValue, Charset charset) {
        this.byteOffset = byteOffset;
        this.byteValue = byteValue;
        this.charset = charset;
    }

    /** The 0-based offset of the first bad byte from the start of the file (byte order mark included). */
    long byteOffset() {
        return byteOffset;
    }

    int byteValue() {
        return byteValue;
    }

    Charset charset() {
        return charset;
    }

    @Override
    public String getMessage() {
        return String.format("byte 0x%02X at offset %d is not valid %s", byteValue, byteOffset, charset.name());
    }
}
