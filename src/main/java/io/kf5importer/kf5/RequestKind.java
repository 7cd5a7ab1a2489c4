package io.kf5importer.kf5;

/** What a request does, for the statistics and for what may safely be sent again. */
public enum RequestKind {

    /** {@code POST /apiv2/tickets.json}: never sent again once written. */
    TICKET_CREATE,

    /** {@code PUT /apiv2/tickets/{id}.json}: may add a comment, so never sent again once written either. */
    TICKET_UPDATE,

    /** {@code POST /apiv2/attachments.json}: safe to send again; an unused token is harmless. */
    ATTACHMENT_UPLOAD,

    /** Every {@code GET}. */
    LOOKUP;

    /** Whether a request of this kind may be sent again after it was (perhaps) written but got no answer. */
    boolean resendIsSafe() {
        return this == ATTACHMENT_UPLOAD || this == LOOKUP;
    }
}
