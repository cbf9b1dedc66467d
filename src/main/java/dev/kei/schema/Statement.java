package dev.kei.schema;

/** One parsed item of schema text, with the tokens that say where it was written. */
sealed interface Statement {

    /** An entity, bare or with fields. */
    record Declare(Entity entity, Token at) implements Statement {}

    record Relate(Relation relation, Token left, Token right) implements Statement {}

    /** {@code -books}: drop the entity and its relations (edits only). */
    record RemoveEntity(String entity, Token at) implements Statement {}

    /** {@code -books.isbn} (edits only). */
    record RemoveField(String entity, String field, Token entityAt, Token fieldAt) implements Statement {}

    /** {@code -books 1-* authors} (edits only). */
    record RemoveRelation(Relation relation, Token at) implements Statement {}
}
