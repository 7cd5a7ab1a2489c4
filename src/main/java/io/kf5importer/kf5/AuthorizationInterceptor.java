package io.kf5importer.kf5;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;

/** Signs every request with the run's credentials. Holds the header value; never shows it. */
final class AuthorizationInterceptor implements Interceptor {

    private final String authorization;

    AuthorizationInterceptor(Kf5Credentials credentials) {
        this.authorization = credentials.authorizationHeader();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", authorization).build());
    }

    @Override
    public String toString() {
        return "AuthorizationInterceptor[Authorization=██]";
    }
}
