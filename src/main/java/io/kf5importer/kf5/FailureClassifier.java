package io.kf5importer.kf5;

import tools.jackson.databind.json.JsonMapper;

import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.security.cert.CertificateException;

/**
 * The one place that decides what an answer, or an attempt that got none, means for the caller.
 *
 * <table>
 * <caption>Answers</caption>
 * <tr><th>KF5 answered</th><th>verdict</th></tr>
 * <tr><td>2xx</td><td>success (the caller then checks the body)</td></tr>
 * <tr><td>3xx</td><td>fatal: the base URL is not where KF5 serves the API (redirects are never followed)</td></tr>
 * <tr><td>401</td><td>fatal: wrong credentials</td></tr>
 * <tr><td>403</td><td>fatal: the account may not do this (it must be an agent or an admin)</td></tr>
 * <tr><td>404 for one resource by id ({@code tickets/{id}.json})</td><td>{@link Kf5NotFoundException}</td></tr>
 * <tr><td>404 without a JSON object (HTML, text, nothing)</td><td>fatal: the base URL is not a KF5 account</td></tr>
 * <tr><td>404 with JSON, 400, 405, 409, 413, 415, 422 and every other 4xx not listed</td>
 *     <td>rejected, with KF5's message and field</td></tr>
 * <tr><td>408, 429, 500, 503 and every other 5xx</td><td>retry (429 also slows the throttle)</td></tr>
 * <tr><td>502 or 504 to a request that must not be sent twice</td>
 *     <td>outcome unknown: a gateway answered, KF5 behind it may have acted</td></tr>
 * </table>
 *
 * <table>
 * <caption>Attempts without an answer</caption>
 * <tr><th>failure</th><th>verdict</th></tr>
 * <tr><td>TLS certificate not trusted</td><td>fatal: every request would fail the same way</td></tr>
 * <tr><td>before the request was written (refused, unknown host, connect timeout; see {@link RequestProgress})</td>
 *     <td>retry</td></tr>
 * <tr><td>after it may have been written (read timeout, reset, end of stream), for a lookup or an upload</td>
 *     <td>retry: sending those again is harmless</td></tr>
 * <tr><td>after it may have been written, for a ticket create or update</td><td>outcome unknown</td></tr>
 * </table>
 */
final class FailureClassifier {

    private final AccountUrl account;

    private final String email;

    private final JsonMapper mapper;

    FailureClassifier(AccountUrl account, String email, JsonMapper mapper) {
        this.account = account;
        this.email = email;
        this.mapper = mapper;
    }

    Verdict classify(ApiCall call, ApiAnswer answer) {
        int status = answer.status();
        if (answer.isSuccess()) {
            return Verdict.success();
        }
        if (status >= 300 && status < 400) {
            return Verdict.fail(redirected(call, answer));
        }
        if (status == 408 || status == 429 || status >= 500) {
            return serverTrouble(call, answer);
        }
        return Verdict.fail(refused(call, answer));
    }

    Verdict classify(ApiCall call, IOException failure, boolean mayHaveBeenWritten) {
        String reason = reasonOf(failure);
        if (isUntrustedCertificate(failure)) {
            return Verdict.fail(new Kf5FatalException(0, "TLS with " + account + " failed for " + call.describe()
                    + " (" + reason + "): check the KF5 address and the machine's trusted certificates", failure));
        }
        if (!mayHaveBeenWritten || call.kind().resendIsSafe()) {
            return Verdict.retry(0, reason, failure);
        }
        return Verdict.fail(new Kf5OutcomeUnknownException(call.describe() + " was sent but KF5's answer was lost ("
                + reason + "): " + consequence(call), failure));
    }

    private Verdict serverTrouble(ApiCall call, ApiAnswer answer) {
        int status = answer.status();
        boolean gateway = status == 502 || status == 504;
        if (gateway && !call.kind().resendIsSafe()) {
            return Verdict.fail(new Kf5OutcomeUnknownException("a gateway in front of KF5 answered " + status
                    + " to " + call.describe() + ": " + consequence(call), null));
        }
        String excerpt = answer.body().isBlank() ? "" : ": " + answer.bodyExcerpt(200);
        return Verdict.retry(status, "KF5 answered " + status + excerpt, null);
    }

    private Kf5Exception refused(ApiCall call, ApiAnswer answer) {
        int status = answer.status();
        ErrorBody error = ErrorBody.read(mapper, answer);
        if (status == 401) {
            return new Kf5FatalException(status, "KF5 refused the credentials for " + email
                    + ": check --email and --token (or --password) (401 to " + call.describe() + ")", null);
        }
        if (status == 403) {
            return new Kf5FatalException(status, "KF5 refused " + call.describe() + " for " + email + " (403: "
                    + error.message() + "): the account must be an agent or an admin allowed to use the API", null);
        }
        if (status == 404 && call.oneResource()) {
            return new Kf5NotFoundException(call.describe(), error.message());
        }
        if (status == 404 && !error.json()) {
            return new Kf5FatalException(status, account + " does not look like a KF5 account: " + call.describe()
                    + " answered 404 without KF5's JSON; check the KF5 address (https://<subdomain>.kf5.com)", null);
        }
        String field = error.field() == null ? "" : " (field " + error.field() + ")";
        return new Kf5RejectedException(status, error.field(),
                "KF5 rejected " + call.describe() + " (" + status + "): " + error.message() + field);
    }

    private Kf5Exception redirected(ApiCall call, ApiAnswer answer) {
        String location = answer.headers().get("Location");
        return new Kf5FatalException(answer.status(), "KF5 answered " + answer.status() + " to " + call.describe()
                + (location == null ? "" : " pointing to " + location)
                + ": the base URL is not where KF5 serves its API; use the address it redirects to", null);
    }

    private static String consequence(ApiCall call) {
        String effect = call.kind() == RequestKind.TICKET_CREATE ? "the ticket may have been created"
                : "KF5 may have applied it";
        return effect + "; check KF5 before sending it again";
    }

    private static String reasonOf(IOException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static boolean isUntrustedCertificate(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLPeerUnverifiedException || cause instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to do with an attempt's outcome: take the answer, try again (the reason and status kept for the message
     * once the attempts are spent), or throw {@code failure}.
     */
    record Verdict(Kind kind, Kf5Exception failure, int status, String reason, Throwable cause) {

        enum Kind { SUCCESS, RETRY, FAIL }

        static Verdict success() {
            return new Verdict(Kind.SUCCESS, null, 0, null, null);
        }

        static Verdict retry(int status, String reason, Throwable cause) {
            return new Verdict(Kind.RETRY, null, status, reason, cause);
        }

        static Verdict fail(Kf5Exception failure) {
            return new Verdict(Kind.FAIL, failure, failure.status(), failure.getMessage(), failure);
        }
    }
}
