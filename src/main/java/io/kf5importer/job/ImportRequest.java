package io.kf5importer.job;

import io.kf5importer.kf5.AccountUrl;
import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.kf5.Kf5Credentials;
import io.kf5importer.source.SourceOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What one import is asked to do. Credentials live here, never in job parameters (which the job repository stores).
 *
 * @param sourceFile the export to import
 * @param mappingFile the mapping that turns its rows into tickets
 * @param sourceOptions sheet, encoding, delimiter and so on
 * @param targetUrl the KF5 account, such as {@code https://acme.kf5.com}
 * @param credentials how to sign in to it
 * @param client pace, concurrency and timeouts of the requests
 * @param chunkSize rows per chunk: the unit of progress saved in the job repository
 * @param settleAfter how long after a create with no answer KF5 is searched for the ticket before sending again
 * @param stopAt when to end the run at a chunk boundary, resumable ({@code --stop-at}), or {@code null}
 * @param updateChanged whether rows changed since their import update their ticket, rather than only being listed
 * @param reportsFolder the folder of the runs' report folders, or {@code null} for {@code <home>/reports}
 */
public record ImportRequest(Path sourceFile, Path mappingFile, SourceOptions sourceOptions, String targetUrl,
        Kf5Credentials credentials, Kf5ClientSettings client, int chunkSize, Duration settleAfter, Instant stopAt,
        boolean updateChanged, Path reportsFolder) {

    public ImportRequest {
        sourceFile = sourceFile.toAbsolutePath().normalize();
        mappingFile = mappingFile.toAbsolutePath().normalize();
        targetUrl = AccountUrl.canonical(targetUrl);
        reportsFolder = reportsFolder == null ? null : reportsFolder.toAbsolutePath().normalize();
    }

    /** An import that runs to its end, lists changed rows without updating them, and reports under the home. */
    public ImportRequest(Path sourceFile, Path mappingFile, SourceOptions sourceOptions, String targetUrl,
            Kf5Credentials credentials, Kf5ClientSettings client, int chunkSize, Duration settleAfter) {
        this(sourceFile, mappingFile, sourceOptions, targetUrl, credentials, client, chunkSize, settleAfter, null,
                false, null);
    }

    /** The settle delay to use when none is configured: twice the read timeout. */
    public static Duration defaultSettleAfter(Kf5ClientSettings client) {
        return client.readTimeout().multipliedBy(2);
    }
}
