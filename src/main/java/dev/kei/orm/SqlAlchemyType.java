package dev.kei.orm;

/**
 * A column's type as SQLAlchemy spells it and as Python holds it.
 *
 * @param expression the type object, e.g. {@code sa.String(254)}
 * @param python the annotation inside {@code Mapped[...]}, e.g. {@code datetime.datetime}
 */
record SqlAlchemyType(String expression, String python) {}
