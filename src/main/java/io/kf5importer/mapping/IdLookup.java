package io.kf5importer.mapping;

/**
 * Finds the KF5 id that a name in the source stands for (an agent's name or email, a group's name, a user's email or
 * phone). The mapper uses it for id fields whose cell is not a number; the account directory
 * ({@code io.kf5importer.account}) implements it against the live account.
 */
@FunctionalInterface
public interface IdLookup {

    /** Knows no names: only numeric cells are accepted, a name is a problem. */
    IdLookup NONE = name -> null;

    /**
     * Checking offline: a name is neither resolved nor refused; the mapper notes it as unchecked and leaves the
     * field out of the request.
     */
    IdLookup OFFLINE = name -> null;

    /**
     * The id for the name.
     *
     * @param name the stripped, non-empty cell
     * @return the id, or {@code null} when nothing (or more than one thing) by that name is known
     */
    Long idOf(String name);

    /**
     * Why {@link #idOf} found no id for the name, for the row's problem: nothing by that name, or several, and the
     * closest names the account has.
     */
    default String missing(String name) {
        return "the KF5 account has nothing by that name";
    }
}
