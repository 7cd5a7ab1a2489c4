package io.kf5importer.mapping;

/**
 * Finds the KF5 id that a name in the source stands for (an agent's name or email, a group's name). The mapper uses
 * it for id fields whose cell is not a number; an implementation backed by the live account plugs in here.
 */
@FunctionalInterface
public interface IdLookup {

    /** Knows no names: only numeric cells are accepted. */
    IdLookup NONE = name -> null;

    /**
     * The id for the name.
     *
     * @param name the stripped, non-empty cell
     * @return the id, or {@code null} when nothing by that name is known
     */
    Long idOf(String name);
}
