package io.kf5importer.source.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte channel as it streams, refusing bytes the charset cannot decode instead of replacing them: the
 * characters before a bad byte are delivered, then the next read throws an {@link UndecodableBytesException} naming
 * the byte and its offset in the file.
 *
 * <p>The channel belongs to the caller, who positions it before and closes it after; {@link #close()} leaves it open.
 * Not thread-safe.
 */
final class StrictDecodingReader extends Reader {

    private static final int BUFFER_BYTES = 1 << 16;

    private final ReadableByteChannel channel;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private long offsetOfBuffer;
    private boolean endOfBytes;
    private boolean flushed;

    /**
     * @param channel positioned at {@code startOffset}
     * @param startOffset the file offset the channel is at, so that bad bytes are reported by their file offset
     */
    StrictDecodingReader(ReadableByteChannel channel, long startOffset, Charset charset) {
        this.channel = channel;
        this.offsetOfBuffer = startOffset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfBytes);
            int decoded = out.position() - offset;
            if (result.isError()) {
                // The decoder stops in front of the bad bytes, so the next call meets them again and throws.
                if (decoded > 0) {
                    return decoded;
                }
                throw new UndecodableBytesException(offsetOfBuffer + bytes.position(),
                        bytes.get(bytes.position()) & 0xFF, decoder.charset());
            }
            if (result.isOverflow() || decoded > 0) {
                return decoded;
            }
            if (endOfBytes) {
                return finish(out, offset);
            }
            readMoreBytes();
        }
    }

    private int finish(CharBuffer out, int offset) {
        decoder.flush(out);
        flushed = true;
        int decoded = out.position() - offset;
        return decoded > 0 ? decoded : -1;
    }

    private void readMoreBytes() throws IOException {
        offsetOfBuffer += bytes.position();
        bytes.compact();
        int read = channel.read(bytes);
        bytes.flip();
        endOfBytes = read < 0;
    }

    @Override
    public void close() {
        // the channel is the caller's to close
    }
}
