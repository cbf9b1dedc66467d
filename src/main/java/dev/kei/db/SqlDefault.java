package dev.kei.db;

import java.math.BigDecimal;

/** A column default kei can render in every dialect: literals and the few functions the schema text allows. */
public sealed interface SqlDefault {
    /** A number literal. */
    record Number(BigDecimal value) implements SqlDefault {}

    /** A string literal; the dialect quotes and escapes it. */
    record Text(String value) implements SqlDefault {}

    /** true / false. */
    record Bool(boolean value) implements SqlDefault {}

    /** NULL. */
    record Null() implements SqlDefault {}

    /** The current timestamp (now() in PostgreSQL). */
    record Now() implements SqlDefault {}

    /** A random UUID (gen_random_uuid() in PostgreSQL). */
    record RandomUuid() implements SqlDefault {}
}
