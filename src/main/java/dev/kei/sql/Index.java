package dev.kei.sql;

import java.util.List;

/** A named index over one or more columns, in order. */
public record Index(String name, List<String> columns) {
    public Index {
        columns = List.copyOf(columns);
    }
}
