package dev.kei.lint.rules;

import dev.kei.lint.AlterTable;
import dev.kei.lint.Catalog;
import dev.kei.lint.CreateIndex;
import dev.kei.lint.Hit;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.Rule;
import dev.kei.lint.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A foreign key whose columns lead no index, primary key or unique constraint of the file or of the up files linted
 * before it, nor, with a database, an index the table already has (seed 003's FK hygiene):
 * every DELETE or key UPDATE of the referenced table then scans the referencing one.
 */
public final class ForeignKeyWithoutIndex implements Rule {
    @Override
    public String id() {
        return "foreign-key-without-index";
    }

    @Override
    public Level level() {
        return Level.WARNING;
    }

    @Override
    public String flags() {
        return "A FOREIGN KEY / REFERENCES whose columns lead no index of the file, of the up files before it, or"
                + " (with a database) of the table.";
    }

    @Override
    public String lock() {
        return "Each DELETE or key UPDATE on the referenced table scans the referencing table, holding row locks"
                + " longer; ON DELETE CASCADE makes it worse.";
    }

    @Override
    public String safe() {
        return "CREATE INDEX [CONCURRENTLY] idx_<table>_<column> ON <table> (<column>) with the foreign key.";
    }

    /** A foreign key found, or an index's leading columns. */
    private record Keyed(String table, List<String> columns, int line) {}

    @Override
    public List<Hit> check(LintFile file) {
        return check(file, Catalog.none());
    }

    /** With a database, an index the table already has counts too (one made outside the migrations, say). */
    @Override
    public List<Hit> check(LintFile file, Catalog catalog) {
        List<Keyed> keys = new ArrayList<>();
        List<Keyed> indexes = new ArrayList<>();
        file.statements().forEach(s -> scan(s, true, keys, indexes));
        if (keys.isEmpty()) {
            return List.of(); // no key here: the earlier files need no reading (they made lint quadratic in files)
        }
        List<Keyed> earlierKeys = new ArrayList<>();
        file.earlier().forEach(s -> scan(s, false, earlierKeys, indexes));
        List<Hit> hits = new ArrayList<>();
        for (Keyed key : keys) {
            if (key.line() < 0) {
                continue;
            }
            boolean indexed = indexes.stream()
                            .anyMatch(i -> i.table().equals(key.table())
                                    && i.columns().size() >= key.columns().size()
                                    && i.columns()
                                            .subList(0, key.columns().size())
                                            .equals(key.columns()))
                    || catalog.indexLeadsWith(key.table(), key.columns());
            if (!indexed) {
                hits.add(new Hit(
                        key.line(),
                        "Foreign key " + key.table() + " (" + String.join(", ", key.columns())
                                + ") has no index leading with its columns."));
            }
        }
        return hits;
    }

    /** The keys ({@code here}: of the file linted, else only known) and the key indexes of one statement. */
    private static void scan(LintStatement s, boolean here, List<Keyed> keys, List<Keyed> indexes) {
        Tokens t = s.tokens();
        int line = here ? s.line() : -1;
        CreateIndex.of(t).ifPresent(c -> indexes.add(new Keyed(c.table(), c.columns(), line)));
        Optional<String> created = LintFile.createdTable(t);
        if (created.isPresent()) {
            int open = t.find(0, "(");
            if (open >= 0) {
                for (Tokens element : t.commaParts(open + 1, t.closing(open))) {
                    read(created.get(), element, true, line, keys, indexes);
                }
            }
        }
        AlterTable.of(t).ifPresent(a -> a.actions().forEach(action -> {
            if (action.is(0, "ADD")) {
                read(a.table(), action.slice(1, action.size()), false, line, keys, indexes);
            }
        }));
    }

    /** One column definition or table constraint: the foreign keys and key indexes it declares. */
    private static void read(
            String table, Tokens e, boolean inCreate, int line, List<Keyed> keys, List<Keyed> indexes) {
        int i = 0;
        if (e.is(0, "CONSTRAINT")) {
            i = 2;
        } else if (e.is(0, "COLUMN")) {
            i = 1;
        }
        if (e.at(i, "FOREIGN", "KEY")) {
            keys.add(new Keyed(table, e.namesIn(i + 2), line));
            return;
        }
        if (e.at(i, "PRIMARY", "KEY") || e.is(i, "UNIQUE")) {
            int open = e.find(i, "(");
            indexes.add(new Keyed(table, open < 0 ? List.of() : e.namesIn(open), line));
            return;
        }
        if (e.is(i, "CHECK") || e.is(i, "EXCLUDE") || (!inCreate && i == 2)) {
            return;
        }
        String column = e.nameAt(i);
        if (column == null) {
            return;
        }
        if (e.has("REFERENCES")) {
            keys.add(new Keyed(table, List.of(column), line));
        }
        if (e.has("PRIMARY", "KEY") || e.has("UNIQUE")) {
            indexes.add(new Keyed(table, List.of(column), line));
        }
    }
}
