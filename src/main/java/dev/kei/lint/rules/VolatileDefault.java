package dev.kei.lint.rules;

import dev.kei.lint.ActionRule;
import dev.kei.lint.Catalog;
import dev.kei.lint.Cost;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.Token;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;

/**
 * ADD COLUMN whose default is volatile (or a serial type, whose default is nextval): PostgreSQL 11+ stores a
 * non-volatile default once (now() and CURRENT_TIMESTAMP are stable, so they are fine), but a volatile one is
 * evaluated per row, which rewrites the table.
 */
public final class VolatileDefault extends ActionRule {
    /** Volatile functions people put in defaults (pg_proc.provolatile = 'v'). */
    static final Set<String> VOLATILE = Set.of(
            "clock_timestamp",
            "timeofday",
            "random",
            "random_normal",
            "gen_random_uuid",
            "uuid_generate_v1",
            "uuid_generate_v1mc",
            "uuid_generate_v4",
            "uuidv4",
            "uuidv7",
            "nextval");

    private static final Set<String> SERIAL =
            Set.of("serial", "bigserial", "smallserial", "serial4", "serial8", "serial2");

    @Override
    public String id() {
        return "volatile-default";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public Cost cost() {
        return Cost.REWRITE;
    }

    @Override
    public String flags() {
        return "ADD COLUMN with a volatile DEFAULT (clock_timestamp(), random(), gen_random_uuid(), nextval, serial) or as an"
                + " identity or stored generated column.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE on the table (reads and writes wait) while PostgreSQL rewrites every row to fill the"
                + " column.";
    }

    @Override
    public String safe() {
        return "ADD COLUMN without the default (or with a constant or now()), then SET DEFAULT for new rows and"
                + " backfill old rows in batches (-- kei:backfill).";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("adding-field-with-default");
    }

    @Override
    protected Optional<String> checkAction(LintFile file, int index, String table, Tokens action) {
        int column = AddColumn.column(action);
        if (column < 0) {
            return Optional.empty();
        }
        String type = AddColumn.type(action, column);
        if (SERIAL.contains(type)) {
            return Optional.of("ADD COLUMN " + action.nameAt(column) + " " + type + " fills every row of " + table
                    + " from a sequence: the table is rewritten.");
        }
        if (action.has("GENERATED")) {
            // an identity column numbers the existing rows from its sequence, a stored one computes them
            String what = action.has("IDENTITY") ? "an identity column" : "a stored generated column";
            return Optional.of("ADD COLUMN " + action.nameAt(column) + " as " + what + " fills every row of " + table
                    + ": the table is rewritten.");
        }
        int d = action.find(column, "DEFAULT");
        if (d >= 0 && file.serverVersion() < 110000 && !action.at(d + 1, "NULL")) {
            return Optional.of("ADD COLUMN " + action.nameAt(column) + " with a DEFAULT rewrites "
                    + table + " on PostgreSQL " + Catalog.versionName(file.serverVersion())
                    + ": only 11 and newer store a constant default without touching the rows.");
        }
        for (int i = d + 1; d >= 0 && i + 1 < action.size(); i++) {
            Token t = action.get(i);
            if (t.kind() == Token.Kind.WORD && VOLATILE.contains(t.name()) && action.is(i + 1, "(")) {
                return Optional.of("ADD COLUMN " + action.nameAt(column) + " DEFAULT " + t.name() + "() is"
                        + " volatile: PostgreSQL evaluates it per row and rewrites "
                        + table + ".");
            }
        }
        return Optional.empty();
    }
}
