package io.kf5importer.account;

import io.kf5importer.mapping.IdLookup;

import java.util.List;

/**
 * {@code requester_id} (and collaborators given by email) by a user's email, mobile or landline, written as KF5
 * keeps them: a user search, whose results are compared exactly since KF5 may match loosely.
 */
final class UserLookup implements IdLookup {

    private final AccountDirectory directory;

    UserLookup(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Long idOf(String contact) {
        List<DirectoryUser> found = reachedBy(contact);
        return found.size() == 1 ? found.get(0).id() : null;
    }

    @Override
    public String missing(String contact) {
        List<DirectoryUser> found = reachedBy(contact);
        if (found.size() > 1) {
            return found.size() + " users of the KF5 account have this email or phone (ids "
                    + String.join(", ", found.stream().map(user -> String.valueOf(user.id())).toList())
                    + "); merge them in KF5 or give the id";
        }
        return "no user of the KF5 account has this email or phone (a user search found none); create the user in "
                + "KF5, or send it as the requester so that KF5 creates it";
    }

    private List<DirectoryUser> reachedBy(String contact) {
        return directory.search(contact).stream().filter(user -> user.isReachedBy(contact)).toList();
    }
}
