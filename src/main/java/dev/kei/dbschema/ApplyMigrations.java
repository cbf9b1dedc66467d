package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.migrate.DatabaseUrl;
import dev.kei.migrate.EmbeddedTarget;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Settings;
import dev.kei.migrate.Target;
import dev.kei.migrate.UrlTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * 5b, on kei-migrate's engine: verify the first migration on a throwaway database (up, seed, down, and the database
 * must be empty again; an IRREVERSIBLE down must refuse), or apply it to the database {@code DATABASE_URL} names.
 * The URL's value is never put into a message, a file or the state.
 */
public final class ApplyMigrations implements Generator {
    static final String RESULT = "apply_result";

    @Override
    public String name() {
        return "apply-migrations";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        Stack stack = Drafts.stack(context);
        boolean apply = Choice.APPLY_TO_DATABASE_URL.chosen(context::value);
        if (Choice.DB_MYSQL.is(stack.db())) {
            context.putData(
                    RESULT,
                    "not " + (apply ? "applied" : "verified") + ": kei-migrate runs PostgreSQL and"
                            + " SQLite; apply the MySQL files with your runner");
            return;
        }
        if (apply) {
            context.putData(RESULT, applyToDatabaseUrl(context, stack));
            return;
        }
        context.putData(RESULT, verify(context, stack));
    }

    private static String applyToDatabaseUrl(GeneratorContext context, Stack stack) throws GeneratorException {
        if (stack.nativeRunner().isPresent()) {
            return "not applied: " + stack.orm() + " applies it with `"
                    + stack.nativeRunner().get() + "`";
        }
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new GeneratorException(
                    "DATABASE_URL is not set. Load it first (set -a && source secrets/db.env && set"
                            + " +a), then answer 5b again, or answer Don't apply");
        }
        try (Target target = new UrlTarget(DatabaseUrl.parse(url))) {
            int applied = migrator(context, target).up(0, false, false);
            return "applied " + applied + " migration(s) with kei-migrate to the database DATABASE_URL names";
        } catch (DatabaseUrl.InvalidUrlException e) {
            throw new GeneratorException("DATABASE_URL cannot be used: " + e.getMessage());
        } catch (MigrateException e) {
            throw new GeneratorException(e.getMessage() + (e.details().isEmpty() ? "" : "\n" + e.details()));
        } catch (Exception e) {
            throw new GeneratorException("applying failed: " + e.getMessage());
        }
    }

    private static String verify(GeneratorContext context, Stack stack) throws GeneratorException, IOException {
        boolean sqlite = Choice.DB_SQLITE.is(stack.db());
        String target = sqlite ? "a scratch SQLite file" : "an embedded PostgreSQL";
        String seed = context.data(WriteSeed.FILE).map(JsonNode::asText).orElse(null);
        boolean migrations = context.data("migration").isPresent();
        Path scratch = Files.createTempDirectory("kei-verify");
        try (Target db = sqlite
                ? new UrlTarget(DatabaseUrl.parse("sqlite:" + scratch.resolve("verify.db")))
                : EmbeddedTarget.throwaway()) {
            Migrator migrator = migrator(context, db);
            if (migrations) {
                migrator.up(0, false, false);
            } else {
                run(db, Files.readString(context.out().resolve(RenderSchema.SCHEMA_SQL)), "db/schema.sql");
            }
            int tables = (int) tables(db).stream()
                    .filter(t -> !t.equals("kei_schema_history"))
                    .count();
            if (seed != null) {
                run(db, Files.readString(context.out().resolve(seed)), seed);
            }
            String done = "verified on " + target + ": up (" + tables + " tables)" + (seed != null ? ", seed" : "");
            if (!migrations) {
                return done;
            }
            boolean irreversible = context.data(WriteMigrations.IRREVERSIBLE)
                    .map(JsonNode::asText)
                    .filter(s -> !s.isEmpty())
                    .isPresent();
            if (irreversible) {
                try {
                    migrator.down(1, false);
                } catch (MigrateException e) {
                    return done + ", down refused as designed (irreversible)";
                }
                throw new GeneratorException("verification failed: the down file ran although tables are IRREVERSIBLE");
            }
            migrator.down(1, false);
            List<String> left = tables(db);
            left.remove("kei_schema_history");
            if (!left.isEmpty()) {
                throw new GeneratorException(
                        "verification failed: after the down file these tables remain: " + String.join(", ", left));
            }
            return done + ", down; the database is empty again";
        } catch (MigrateException e) {
            throw new GeneratorException(
                    "verification failed: " + e.getMessage() + (e.details().isEmpty() ? "" : "\n" + e.details()));
        } catch (DatabaseUrl.InvalidUrlException | SQLException e) {
            throw new GeneratorException("verification failed: " + e.getMessage());
        } catch (GeneratorException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneratorException("verification could not run its database: " + e.getMessage());
        } finally {
            deleteTree(scratch);
        }
    }

    private static Migrator migrator(GeneratorContext context, Target target) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new Migrator(
                target,
                context.out().resolve("migrations"),
                Settings.defaults(),
                new Progress(context.log()),
                "kei-migrate --dir migrations",
                quiet);
    }

    private static void run(Target db, String script, String file) throws GeneratorException, SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            if (db.kind() == DatabaseUrl.Kind.SQLITE) {
                s.executeUpdate(script);
            } else {
                s.execute(script);
            }
        } catch (SQLException e) {
            throw new GeneratorException("verification failed: " + file + " does not apply: " + e.getMessage());
        }
    }

    private static List<String> tables(Target db) throws SQLException {
        String sql = db.kind() == DatabaseUrl.Kind.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename";
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
