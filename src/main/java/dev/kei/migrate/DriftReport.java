package dev.kei.migrate;

import java.util.List;

/** What {@link DriftCheck} found: the schema drift, or why it could not look. */
public sealed interface DriftReport {

    /**
     * The check ran.
     *
     * @param replayed how many applied migrations were replayed
     * @param on what they were replayed on ("an embedded PostgreSQL", "a scratch SQLite file")
     * @param drift how the database differs from them
     * @param edited the applied files edited since they ran (status lists them as drift): the replay ran their text
     *     as it is now, so a difference may come from the edit rather than from the database
     */
    record Checked(int replayed, String on, SchemaDrift drift, List<String> edited) implements DriftReport {
        public Checked {
            edited = List.copyOf(edited);
        }
    }

    /**
     * The check could not run; the status itself stands.
     *
     * @param reason what stopped it, with the names involved
     * @param details a labelled block (a failed statement), possibly empty
     * @param next what to do about it
     */
    record NotChecked(String reason, String details, String next) implements DriftReport {}
}
