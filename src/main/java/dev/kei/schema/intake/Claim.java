package dev.kei.schema.intake;

import dev.kei.schema.Entity;
import java.util.List;

/** What one phrase of the intake says about the things it names; {@code words} quotes the intake. */
sealed interface Claim {
    String words();

    /** {@code parent} has many {@code child}: "copies of books", "authors write posts". */
    record Parent(String parent, String child, String words) implements Claim {}

    /** Many to many with nothing to record: "users follow tags", "workouts made of exercises". */
    record Many(String left, String right, String words) implements Claim {}

    /** "pets, their owners", "a member's loans": which side has many is the designer's to judge. */
    record Owns(String owner, String owned, String words) implements Claim {}

    /** A row per occurrence, referencing each of {@code refs}: "members borrow copies" makes loans. */
    record Association(Entity entity, List<String> refs, String words) implements Claim {
        public Association {
            refs = List.copyOf(refs);
        }
    }
}
