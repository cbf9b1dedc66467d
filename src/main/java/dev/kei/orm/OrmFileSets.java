package dev.kei.orm;

import java.util.List;
import java.util.Optional;

/** Every ORM kei writes native files for, found by the ORM answer: the one list a skill asks. */
public final class OrmFileSets {
    private static final List<OrmFiles> ALL = List.of(new PrismaFiles(), new DrizzleFiles(), new SqlAlchemyFiles());

    private OrmFileSets() {}

    /** The files for the ORM answer ({@code Drizzle}, {@code Prisma}, ...); empty for None or an ORM kei has none for. */
    public static Optional<OrmFiles> forOrm(String ormLabel) {
        return ALL.stream().filter(f -> f.orm().equals(ormLabel)).findFirst();
    }

    /** Every ORM's files, in the order phase 1 offers the ORMs. */
    public static List<OrmFiles> all() {
        return ALL;
    }
}
