package dev.kei.sql;

import dev.kei.db.Dialect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One generated value, typed so that each dialect writes its own literal. Rows are generated once as values and
 * rendered per dialect, so the three dialects' seeds hold the same rows.
 */
sealed interface SeedValue {
    /** The literal in the dialect. */
    String sql(Dialect d);

    SeedValue NULL = new Null();

    /** SQL NULL. */
    record Null() implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return "NULL";
        }
    }

    /** text, varchar and enum values. */
    record Text(String value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.stringLiteral(value);
        }
    }

    /** int, bigint, smallint and bigint keys. */
    record Int(long value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.integerLiteral(value);
        }
    }

    /** numeric(p,s), already at scale s. */
    record Decimal(BigDecimal value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.decimalLiteral(value);
        }
    }

    /** boolean. */
    record Bool(boolean value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.storedBooleanLiteral(value);
        }
    }

    /** uuid values and keys. */
    record Uuid(UUID value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.uuidLiteral(value);
        }
    }

    /** date. */
    record Day(LocalDate value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.dateLiteral(value);
        }
    }

    /** timestamptz, whole seconds. */
    record Timestamp(Instant value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.timestampLiteral(value);
        }
    }

    /** jsonb: a serialised document. */
    record Json(String value) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.jsonLiteral(value);
        }
    }

    /** bytea, kept as hex so the record compares by value. */
    record Bytes(String hex) implements SeedValue {
        @Override
        public String sql(Dialect d) {
            return d.bytesLiteral(HexFormat.of().parseHex(hex));
        }
    }
}
