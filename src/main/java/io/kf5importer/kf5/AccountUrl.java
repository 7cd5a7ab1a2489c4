package io.kf5importer.kf5;

import okhttp3.HttpUrl;

/**
 * The KF5 account's address, such as {@code https://acme.kf5.com}: checked once, then the root of every apiv2 URL.
 * It never carries credentials, so it is safe in messages.
 */
public final class AccountUrl {

    private static final String EXAMPLE = "such as https://acme.kf5.com";

    private final HttpUrl root;

    private AccountUrl(HttpUrl root) {
        this.root = root;
    }

    /**
     * Reads the address given on the command line; a trailing slash is fine.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static AccountUrl parse(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("the KF5 address is missing: give the account's address, " + EXAMPLE);
        }
        HttpUrl url = HttpUrl.parse(address.strip());
        if (url == null) {
            throw new IllegalArgumentException("the KF5 address " + shown(address)
                    + " is not an http:// or https:// URL with a host: give the account's address, " + EXAMPLE);
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException(
                    "the KF5 address must not carry credentials: give them with --email and --token");
        }
        if (!"/".equals(url.encodedPath()) || url.encodedQuery() != null || url.encodedFragment() != null) {
            throw new IllegalArgumentException("the KF5 address " + shown(address)
                    + " has a path, query or fragment: give only the account's address, " + EXAMPLE);
        }
        return new AccountUrl(url);
    }

    /**
     * The account's address in one spelling, which keys the ledger: scheme and host in lower case, no default port,
     * no trailing slash ({@code HTTPS://Acme.kf5.com:443/} is {@code https://acme.kf5.com}).
     *
     * @throws IllegalArgumentException saying what is wrong with the address
     */
    public static String canonical(String address) {
        return parse(address).toString();
    }

    /** {@code /apiv2/<segments>}, each segment encoded as needed. */
    HttpUrl api(String... segments) {
        HttpUrl.Builder url = root.newBuilder().addPathSegment("apiv2");
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    /** Whether {@code url} is on this account's scheme, host and port: the only place the client sends credentials. */
    boolean isSameOrigin(HttpUrl url) {
        return url.scheme().equals(root.scheme()) && url.host().equals(root.host()) && url.port() == root.port();
    }

    @Override
    public String toString() {
        String text = root.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The address as given, unless it might hold a password. */
    private static String shown(String address) {
        return address.contains("@") ? "(not shown: it contains '@')" : "'" + address.strip() + "'";
    }
}
