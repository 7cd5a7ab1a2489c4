package io.kf5importer.mapping;

/**
 * Looks users up by a contact written as in the source: the cell is first put in KF5's form ({@link Contact}: a
 * mobile as its 11 digits, a landline as {@code 028-1234569}), so that {@code +86 138 0000 1001} finds the user whose
 * phone is {@code 13800001001}. A cell that is no contact at all is refused with the reason.
 */
final class ContactLookup implements IdLookup {

    private final IdLookup users;

    private ContactLookup(IdLookup users) {
        this.users = users;
    }

    /** The lookup for requester ids; {@link IdLookup#NONE} and {@link IdLookup#OFFLINE} stay as they are. */
    static IdLookup of(IdLookup users) {
        return users == IdLookup.NONE || users == IdLookup.OFFLINE ? users : new ContactLookup(users);
    }

    @Override
    public Long idOf(String name) {
        Contact contact = Contact.read(name);
        return contact.isRefused() ? null : users.idOf(contact.value());
    }

    @Override
    public String missing(String name) {
        Contact contact = Contact.read(name);
        return contact.isRefused() ? "not an email or phone to look the user up by: " + contact.problem()
                : users.missing(contact.value());
    }
}
