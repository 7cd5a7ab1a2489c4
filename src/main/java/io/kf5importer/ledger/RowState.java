package io.kf5importer.ledger;

/** Where a row stands on its way to a ticket. */
public enum RowState {

    /** Written just before the create request: KF5 may or may not have the ticket. Reconcile before resending. */
    SENDING,

    /** KF5 created the ticket; its id is known. Never sent again. */
    CREATED,

    /** The row cannot be mapped; it was never sent. A corrected row is tried again. */
    REJECTED,

    /** KF5 refused the ticket or stayed unavailable. Tried again on the next run. */
    FAILED
}
