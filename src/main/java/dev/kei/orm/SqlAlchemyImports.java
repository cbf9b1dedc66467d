package dev.kei.orm;

import java.util.ArrayList;
import java.util.List;

/** The standard-library imports a generated module's code uses, so models.py imports nothing it does not read. */
final class SqlAlchemyImports {
    private SqlAlchemyImports() {}

    /** The import lines (and a blank line) for {@code code}; empty when it needs none. */
    static String of(String code) {
        StringBuilder out = new StringBuilder();
        for (String module : List.of("datetime", "decimal", "uuid")) {
            if (code.contains("[" + module + ".")) {
                out.append("import ").append(module).append('\n');
            }
        }
        List<String> typing = new ArrayList<>();
        if (code.contains("[Any]")) {
            typing.add("Any");
        }
        if (code.contains("Optional[")) {
            typing.add("Optional");
        }
        if (!typing.isEmpty()) {
            out.append("from typing import ").append(String.join(", ", typing)).append('\n');
        }
        return out.length() == 0 ? "" : out.append('\n').toString();
    }
}
