package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Dialect;
import dev.kei.db.PostgresDialect;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 22b: a default that is no value of its type ({@code j jsonb = '{bad'}) was accepted and the
 * migration failed only when applied. Every default the schema text accepts, for every type (the usual ones, the
 * edge cases and a few hundred random ones), makes a table that a real PostgreSQL creates and fills a row of.
 */
@PostgresTest
class AcceptedDefaultsApplyTest {
    private static final Dialect PG = new PostgresDialect();

    /** Candidate defaults by type; the parser decides which are accepted. */
    static final List<String[]> CANDIDATES = List.of(
            new String[] {"text", "'hello'", "''", "'it''s'", "'a\\b'", "'{bad'", "42", "now()"},
            new String[] {"varchar(3)", "'abc'", "'toolong'", "'é€😀'", "''", "'ab '"},
            new String[] {"int", "0", "-2147483648", "2147483647", "'x'", "1.0", "1.5", "2147483648"},
            new String[] {"bigint", "9223372036854775807", "-9223372036854775808", "1.00"},
            new String[] {"smallint", "32767", "-32768", "40000"},
            new String[] {"boolean", "true", "false", "'maybe'", "'true'"},
            new String[] {"numeric(4,2)", "12.34", "-99.99", "123.456", "1.234", "0.5", "99.990", "0"},
            new String[] {"numeric(3,3)", "0.123", "-0.999", "1", "0"},
            new String[] {
                "uuid",
                "'6f1c0d4e-8f7a-4b3e-9c2d-1a2b3c4d5e6f'",
                "gen_random_uuid()",
                "'6F1C0D4E-8F7A-4B3E-9C2D-1A2B3C4D5E6F'"
            },
            new String[] {
                "date",
                "'2026-01-31'",
                "now()",
                "'0000-01-01'",
                "'-0001-01-01'",
                "'+10000-01-01'",
                "'9999-12-31'",
                "'0001-01-01'",
                "'2024-02-29'"
            },
            new String[] {
                "timestamptz",
                "'2026-01-31T09:00:00Z'",
                "'2026-01-31 09:00:00+01:00'",
                "'2026-01-31T09:00'",
                "'2026-01-31'",
                "'2026-01-31T09:00:00.123456789Z'",
                "'2026-01-31T09:00:00+01:00:30'",
                "'0000-01-01T00:00:00Z'",
                "'+99999-01-01T00:00:00Z'",
                "'-0001-01-01T00:00:00Z'",
                "'2026-01-31T09:00:00+18:00'",
                "'not a time'",
                "now()"
            },
            new String[] {
                "jsonb",
                "'{}'",
                "'[]'",
                "'{\"a\": [1, 2.5, true, null, \"x\"]}'",
                "'\"text\"'",
                "'42'",
                "'{bad'",
                "''",
                "'{} x'",
                "'{\"a\": \"\\u0000\"}'",
                "'{\"a\": \"\\ud800\"}'",
                "'NaN'",
                "'{''a'': 1}'",
                "'  {\"a\":1}  '",
                "'1e400'"
            },
            new String[] {"bytea", "'abc'", "'\\x00ff'", "'a\\b'", "''"},
            new String[] {"enum(draft|published)", "'draft'", "published", "'drafty'"});

    @Test
    void everyDefaultTheSchemaTextAcceptsAppliesOnPostgres(PostgresDatabases databases) throws Exception {
        List<String[]> accepted = new ArrayList<>();
        for (String[] candidates : CANDIDATES) {
            for (int i = 1; i < candidates.length; i++) {
                accept(candidates[0], candidates[i], accepted);
            }
        }
        Random random = new Random(22);
        String[] types = {"jsonb", "timestamptz", "date", "numeric(5,2)", "varchar(4)", "uuid", "text", "bytea"};
        String alphabet = "{}[]\":,0123456789.-+eE tfnurlaxTZ:\\'é";
        for (int n = 0; n < 600; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                s.append(c == '\'' ? "''" : String.valueOf(c));
            }
            accept(types[random.nextInt(types.length)], "'" + s + "'", accepted);
        }
        assertTrue(accepted.size() > 60, "accepted: " + accepted.size());

        PostgresDatabases.Database db = databases.create();
        List<String> failures = new ArrayList<>();
        try (Connection c = db.connect()) {
            c.setAutoCommit(true);
            for (String[] a : accepted) {
                String ddl = new DdlRenderer().render(design("t(x " + a[0] + " = " + a[1] + ")"), PG);
                try (Statement s = c.createStatement()) {
                    for (String statement : SqlStatements.split(ddl)) {
                        s.execute(statement);
                    }
                    s.execute("INSERT INTO ts DEFAULT VALUES");
                } catch (SQLException e) {
                    failures.add(a[0] + " = " + a[1] + ": "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA public CASCADE");
                    s.execute("CREATE SCHEMA public");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void accept(String type, String value, List<String[]> accepted) {
        try {
            SchemaText.parse("t(x " + type + " = " + value + ")");
            accepted.add(new String[] {type, value});
        } catch (SchemaTextException e) {
            // refused by the schema text: nothing to apply
        }
    }

    private static Schema design(String text) throws Exception {
        return new SchemaDesigner(Design.recommended()).design(SchemaText.parse(text));
    }
}
