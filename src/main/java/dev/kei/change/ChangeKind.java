package dev.kei.change;

import java.util.Arrays;
import java.util.Optional;

/** Seed 004's ten change types, with the ids the seed gives them. */
public enum ChangeKind {
    ADD_COLUMN("add_column"),
    REMOVE_COLUMN("remove_column"),
    MODIFY_COLUMN("modify_column"),
    ADD_INDEX("add_index"),
    REMOVE_INDEX("remove_index"),
    ADD_TABLE("add_table"),
    REMOVE_TABLE("remove_table"),
    ADD_RELATION("add_relation"),
    REMOVE_RELATION("remove_relation"),
    RENAME("rename");

    private final String id;

    ChangeKind(String id) {
        this.id = id;
    }

    /** {@code add_column}, as seed 004 names it. */
    public String id() {
        return id;
    }

    public static Optional<ChangeKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
