package dev.kei.orm;

/**
 * One side of the relationship a foreign key gives two models.
 *
 * @param attribute the attribute on this class
 * @param target the class on the other side
 * @param annotation what the attribute holds, inside {@code Mapped[...]}
 * @param backPopulates the other side's attribute
 * @param foreignKeys the {@code foreign_keys=} argument: the referencing column, as this class body reads it
 * @param remoteSide the {@code remote_side=} argument of a self-reference's many-to-one side, else null
 */
record SqlAlchemyRelationship(
        String attribute,
        String target,
        String annotation,
        String backPopulates,
        String foreignKeys,
        String remoteSide) {}
