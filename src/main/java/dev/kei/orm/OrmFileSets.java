package dev.kei.orm;

import java.util.List;

/**
 * Every ORM kei writes native files for: the list db-change goes through to keep a project's ORM files in step (it
 * finds which one a project uses by its files). db-schema picks one by the ORM answer, in its own value table.
 */
public final class OrmFileSets {
    private static final List<OrmFiles> ALL = List.of(new PrismaFiles(), new DrizzleFiles(), new SqlAlchemyFiles());

    private OrmFileSets() {}

    /** Every ORM's files, in the order phase 1 offers the ORMs. */
    public static List<OrmFiles> all() {
        return ALL;
    }
}
