package dev.kei.sql;

import java.util.List;

/** A named table constraint other than a foreign key. */
public sealed interface Constraint {
    String name();

    /** PRIMARY KEY over the columns, in order. */
    record PrimaryKey(String name, List<String> columns) implements Constraint {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    /** UNIQUE over the columns, in order. */
    record Unique(String name, List<String> columns) implements Constraint {
        public Unique {
            columns = List.copyOf(columns);
        }
    }

    /** CHECK (column IN (values)): how an enum field is kept portable and reversible. */
    record AllowedValues(String name, String column, List<String> values) implements Constraint {
        public AllowedValues {
            values = List.copyOf(values);
        }
    }
}
