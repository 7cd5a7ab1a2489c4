package io.kf5importer.account;

import io.kf5importer.mapping.ClosestNames;
import io.kf5importer.mapping.IdLookup;

import java.util.List;

/** {@code group_id} by the group's name (ignoring case and surrounding blanks), from {@code groups.json}. */
final class GroupLookup implements IdLookup {

    private final AccountDirectory directory;

    GroupLookup(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Long idOf(String name) {
        List<DirectoryGroup> found = named(name);
        return found.size() == 1 ? found.get(0).id() : null;
    }

    @Override
    public String missing(String name) {
        List<DirectoryGroup> found = named(name);
        if (found.size() > 1) {
            return found.size() + " groups of the KF5 account have this name (ids "
                    + String.join(", ", found.stream().map(group -> String.valueOf(group.id())).toList())
                    + "); rename one in KF5 or give the id";
        }
        List<String> names = directory.groups().stream().map(DirectoryGroup::name).toList();
        return "no group of the KF5 account has this name" + ClosestNames.suggestion(name, names);
    }

    private List<DirectoryGroup> named(String name) {
        return directory.groups().stream().filter(group -> DirectoryUser.same(group.name(), name)).toList();
    }
}
