package dev.kei.change;

import dev.kei.db.DatabaseUrl;
import dev.kei.migrate.EmbeddedTarget;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.ScriptSplitter;
import dev.kei.migrate.Settings;
import dev.kei.migrate.SqlStatement;
import dev.kei.migrate.UpOptions;
import dev.kei.migrate.UrlTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Where db-change's current schema comes from (contracts section 10), in this order unless the user picks: the live
 * database of {@code DATABASE_URL}, else the migrations folder replayed on a throwaway embedded PostgreSQL, else
 * {@code db/schema.sql} applied on one. Each reads a {@link LiveSchema}; the throwaway servers are gone afterwards.
 */
public sealed interface SchemaSource permits SchemaSource.Live, SchemaSource.Migrations, SchemaSource.SchemaFile {

    /** Reads the current schema; a source that cannot be read or applied says why, with names. */
    LiveSchema read() throws SchemaSourceException;

    /** What people are shown of the source; never a password. */
    String shown();

    /** The live PostgreSQL {@code url} names. */
    static SchemaSource live(DatabaseUrl url) {
        return new Live(url);
    }

    /** The migrations in {@code dir}, every one applied (contract steps too) on a throwaway PostgreSQL. */
    static SchemaSource migrations(Path dir) {
        return new Migrations(dir);
    }

    /** A schema script ({@code db/schema.sql}), run statement by statement on a throwaway PostgreSQL. */
    static SchemaSource schemaFile(Path file) {
        return new SchemaFile(file);
    }

    /**
     * The first source that applies for the project in {@code out}: {@code DATABASE_URL} of {@code env} when set,
     * else {@code out/migrations} when it holds a {@code .sql} file, else {@code out/db/schema.sql} when it exists;
     * otherwise an error naming all three.
     */
    static SchemaSource pick(Path out, Map<String, String> env) throws SchemaSourceException {
        String url = env.get("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            try {
                return live(DatabaseUrl.parse(url));
            } catch (DatabaseUrl.InvalidUrlException e) {
                throw SchemaSourceException.usage(
                        "DATABASE_URL cannot be used: " + e.getMessage() + ".",
                        "",
                        "Fix DATABASE_URL, or unset it to read the schema from migrations/ or db/schema.sql.",
                        null);
            }
        }
        Path migrations = out.resolve("migrations");
        if (holdsMigrations(migrations)) {
            return migrations(migrations);
        }
        Path schema = out.resolve("db").resolve("schema.sql");
        if (Files.isRegularFile(schema)) {
            return schemaFile(schema);
        }
        throw SchemaSourceException.usage(
                "No current schema found for " + out + ".",
                "  Looked for : DATABASE_URL (not set)\n"
                        + "               " + migrations + " ("
                        + (Files.isDirectory(migrations) ? "holds no .sql file" : "no such folder") + ")\n"
                        + "               " + schema + " (no such file)",
                "Set DATABASE_URL to the database, or run from the project folder that holds migrations/ or"
                        + " db/schema.sql.",
                null);
    }

    private static boolean holdsMigrations(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(
                    f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"));
        } catch (IOException e) {
            return true; // a folder that cannot be listed is still the user's: reading it says why
        }
    }

    /** The live database of a URL. */
    record Live(DatabaseUrl url) implements SchemaSource {
        @Override
        public LiveSchema read() throws SchemaSourceException {
            if (url.database() != PostgresOnly.DATABASE) {
                throw SchemaSourceException.usage(
                        "db-change reads the current schema of a PostgreSQL database; " + url.shown() + " is "
                                + url.database().label() + ".",
                        "",
                        "Point DATABASE_URL at the PostgreSQL database, or unset it to use migrations/.",
                        null);
            }
            try (Connection c = new UrlTarget(url).connect()) {
                return LiveSchema.read(c);
            } catch (SQLException e) {
                throw SchemaSourceException.failure(
                        "Could not read the current schema of " + url.shown() + ".",
                        "  SQL State : " + e.getSQLState() + "\n  Message   : " + url.scrub(firstLine(e.getMessage())),
                        "Check that the database is up and DATABASE_URL names it, then run again.",
                        null); // the driver's exception may quote the URL: not kept
            }
        }

        @Override
        public String shown() {
            return "the live database " + url.shown();
        }
    }

    /** A migrations folder replayed on a throwaway PostgreSQL. */
    record Migrations(Path dir) implements SchemaSource {
        @Override
        public LiveSchema read() throws SchemaSourceException {
            return SchemaSourceThrowaway.read(db -> {
                PrintStream none = new PrintStream(OutputStream.nullOutputStream());
                try {
                    // contract steps too: the schema the folder describes, as db/schema.sql does
                    new Migrator(db, dir, Settings.defaults(), new Progress(none), "kei-migrate --dir " + dir, none)
                            .up(UpOptions.withContractSteps());
                } catch (MigrateException e) {
                    throw SchemaSourceException.usage(
                            "The migrations in " + dir + " do not replay on a throwaway PostgreSQL: " + e.getMessage(),
                            e.details(),
                            "Fix the migration, then run again.",
                            e);
                }
            });
        }

        @Override
        public String shown() {
            return "the migrations in " + dir + ", replayed on a throwaway PostgreSQL";
        }
    }

    /** A schema script applied on a throwaway PostgreSQL. */
    record SchemaFile(Path file) implements SchemaSource {
        @Override
        public LiveSchema read() throws SchemaSourceException {
            String sql = text();
            return SchemaSourceThrowaway.read(db -> applyTo(db, sql));
        }

        /** Runs {@code sql} (this file's text) statement by statement on {@code db}; an error names the line. */
        void applyTo(EmbeddedTarget db, String sql) throws SchemaSourceException {
            {
                try (Connection c = db.connect();
                        Statement s = c.createStatement()) {
                    s.setEscapeProcessing(false); // the SQL reaches the server as written
                    for (SqlStatement st : ScriptSplitter.split(sql)) {
                        try {
                            s.execute(st.sql());
                        } catch (SQLException e) {
                            throw failed(st, e);
                        }
                    }
                } catch (SQLException e) {
                    throw SchemaSourceException.failure(
                            "The throwaway PostgreSQL would not take " + file + ": " + firstLine(e.getMessage()),
                            "",
                            "Run again; if it keeps failing, check the embedded PostgreSQL (kei-migrate verify).",
                            e);
                }
            }
        }

        String text() throws SchemaSourceException {
            try {
                return Files.readString(file);
            } catch (NoSuchFileException e) {
                throw SchemaSourceException.usage(
                        file + " does not exist.", "", "Write the schema there, or name another file.", null);
            } catch (CharacterCodingException e) {
                throw SchemaSourceException.usage(
                        file + " is not valid UTF-8.", "", "Save it as UTF-8, then run again.", null);
            } catch (IOException e) {
                throw SchemaSourceException.usage(
                        file + " cannot be read: " + e.getMessage(), "", "Check the file, then run again.", e);
            }
        }

        /** The statement's error, on the line PostgreSQL's position points at (else the line it starts on). */
        private SchemaSourceException failed(SqlStatement st, SQLException e) {
            int line = st.line();
            ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
            if (server != null
                    && server.getPosition() > 0
                    && server.getPosition() <= st.sql().length()) {
                line += (int) st.sql()
                        .substring(0, server.getPosition() - 1)
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
            }
            String message = server != null && server.getMessage() != null ? server.getMessage() : e.getMessage();
            return SchemaSourceException.usage(
                    file + " does not apply: line " + line + ": " + firstLine(message) + ".",
                    "  File      : " + file + "\n"
                            + "  Line      : " + line + "\n"
                            + "  Statement : " + st.shown() + "\n"
                            + "  SQL State : " + e.getSQLState() + "\n"
                            + "  Message   : " + firstLine(message),
                    "Fix " + file + " at line " + line + ", then run again.",
                    e);
        }

        @Override
        public String shown() {
            return file + ", applied on a throwaway PostgreSQL";
        }
    }

    /** The first line of a message: drivers add a position or a hint below it. */
    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}

/** A throwaway embedded PostgreSQL that a source fills, then reads, then deletes. */
final class SchemaSourceThrowaway {
    private SchemaSourceThrowaway() {}

    interface Fill {
        void into(EmbeddedTarget db) throws SchemaSourceException;
    }

    static LiveSchema read(Fill fill) throws SchemaSourceException {
        EmbeddedTarget db;
        try {
            db = EmbeddedTarget.throwaway();
        } catch (IOException | MigrateException e) {
            throw SchemaSourceException.failure(
                    "The throwaway PostgreSQL did not start: " + e.getMessage(),
                    "",
                    e instanceof MigrateException m ? m.next() : "Check the disk and the temporary folder.",
                    e);
        }
        try (db) {
            fill.into(db);
            try (Connection c = db.connect()) { // a new session: what the script SET (a search_path) is gone
                return LiveSchema.read(c);
            }
        } catch (SQLException e) {
            throw SchemaSourceException.failure(
                    "Could not read the schema from the throwaway PostgreSQL: " + firstLine(e.getMessage()),
                    "",
                    "Run again; if it keeps failing, report it with the schema.",
                    e);
        } catch (IOException e) {
            throw SchemaSourceException.failure(
                    "The throwaway PostgreSQL did not stop cleanly: " + e.getMessage(),
                    "",
                    "Its temporary folder may be left behind; remove it.",
                    e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
