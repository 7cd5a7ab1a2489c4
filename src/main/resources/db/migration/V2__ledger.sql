-- The ledger: every import run, and every source row's progress towards exactly one KF5 ticket.

CREATE TABLE import_run (
    id               BIGSERIAL PRIMARY KEY,
    job_execution_id BIGINT,
    source_file      TEXT        NOT NULL,
    mapping_file     TEXT        NOT NULL,
    target_url       TEXT        NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ,
    state            TEXT        NOT NULL,
    rows_read        BIGINT      NOT NULL DEFAULT 0,
    created          BIGINT      NOT NULL DEFAULT 0,
    skipped          BIGINT      NOT NULL DEFAULT 0,
    rejected         BIGINT      NOT NULL DEFAULT 0,
    failed           BIGINT      NOT NULL DEFAULT 0,
    message          TEXT
);

-- One row per (target, key). state: SENDING (written ahead of the POST; reconcile before sending again),
-- CREATED (ticket_id known), REJECTED (never sent: the row is wrong), FAILED (KF5 refused it or stayed unavailable).
CREATE TABLE import_row (
    target_url        TEXT        NOT NULL,
    row_key           TEXT        NOT NULL,
    source_file       TEXT        NOT NULL,
    row_number        BIGINT      NOT NULL,
    state             TEXT        NOT NULL,
    ticket_id         BIGINT,
    message           TEXT,
    payload_sha256    TEXT,
    attachment_tokens TEXT[],
    attempts          INT         NOT NULL DEFAULT 0,
    sent_at           TIMESTAMPTZ,
    run_id            BIGINT REFERENCES import_run (id),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (target_url, row_key),
    CONSTRAINT import_row_state CHECK (state IN ('SENDING', 'CREATED', 'REJECTED', 'FAILED'))
);

CREATE INDEX import_row_run ON import_row (run_id, state);
