package io.kf5importer.kf5;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A request body OkHttp may send only once. OkHttp never resends a call whose body is one-shot, neither after a
 * failed connection nor to follow up an answer (such as a 503 with {@code Retry-After: 0}); every resend is the
 * client's own decision, taken in {@link RetryingCaller}.
 */
final class OneShotBody extends RequestBody {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    static final MediaType BINARY = MediaType.get("application/binary");

    private final MediaType type;

    private final byte[] bytes;

    private final Path file;

    private final long length;

    private OneShotBody(MediaType type, byte[] bytes, Path file, long length) {
        this.type = type;
        this.bytes = bytes;
        this.file = file;
        this.length = length;
    }

    static OneShotBody json(byte[] json) {
        return new OneShotBody(JSON, json, null, json.length);
    }

    /** The file's bytes as they are, read while writing. {@code length} is the file's size when the body is made. */
    static OneShotBody binary(Path file, long length) {
        return new OneShotBody(BINARY, null, file, length);
    }

    @Override
    public MediaType contentType() {
        return type;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        if (bytes != null) {
            sink.write(bytes);
            return;
        }
        try (Source source = Okio.source(file)) {
            sink.writeAll(source);
        }
    }
}
