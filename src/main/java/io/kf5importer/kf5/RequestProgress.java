package io.kf5importer.kf5;

import okhttp3.Call;
import okhttp3.EventListener;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Tells whether an attempt that failed may have reached KF5. One per attempt, attached to the request as a tag and
 * handed to OkHttp as that call's event listener.
 *
 * <p>The line is drawn at {@code requestHeadersStart}: DNS, connecting, TLS and taking a pooled connection all come
 * before it, and nothing of the request has gone out; from it on, bytes may be on the wire, so KF5 may have acted.
 * A failure that can only happen before a connection exists (refused, no route, unknown host) counts as not written
 * whatever the listener saw.
 */
final class RequestProgress extends EventListener {

    private volatile boolean requestStarted;

    @Override
    public void requestHeadersStart(Call call) {
        requestStarted = true;
    }

    boolean mayHaveBeenWritten(IOException failure) {
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException) {
            return false;
        }
        return requestStarted;
    }
}
