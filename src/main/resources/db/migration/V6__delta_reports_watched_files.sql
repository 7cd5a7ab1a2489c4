-- Delta imports, per-run reports and the files a scheduler imported (numbered after issue 6 to keep clear of the
-- migrations other work adds in between; Flyway only needs versions to grow).

ALTER TABLE import_run
    ADD COLUMN updated       BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN changed       BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN report_folder TEXT;

-- A source imported whole (every row created, already there or updated) with this mapping into this account:
-- the same bytes read the same way are a no-op the next time, and a second scheduler never imports them again.
CREATE TABLE import_file (
    target_url     TEXT        NOT NULL,
    source_sha256  TEXT        NOT NULL,
    mapping_sha256 TEXT        NOT NULL,
    reading        TEXT        NOT NULL,
    source_file    TEXT        NOT NULL,
    run_id         BIGINT      NOT NULL REFERENCES import_run (id),
    imported_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (target_url, source_sha256, mapping_sha256, reading)
);
