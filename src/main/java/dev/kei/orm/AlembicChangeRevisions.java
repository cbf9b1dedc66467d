package dev.kei.orm;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change's steps as Alembic revisions, one per kei-migrate pair and named like it ({@code <YYYYMMDDHHMMSS>_<slug>}),
 * chained after the history's head, running the very statements kei verified: {@code op.execute} of each, inside
 * Alembic's transaction, or in an {@code autocommit_block} where the step runs outside one (CONCURRENTLY, a batched
 * backfill). What Alembic cannot do as kei-migrate does is said in the file: a backfill runs as one UPDATE, not in
 * batches; a contract step refuses to run until {@code -x contract=yes} says the application has moved, as kei-migrate
 * waits for {@code --contract}; an irreversible down refuses.
 */
final class AlembicChangeRevisions {
    static final String FOLDER = "alembic/versions";
    private static final Pattern REVISION = Pattern.compile("([0-9]{14})_[a-z0-9_]+\\.py");
    private static final String BACKFILL = "-- kei:backfill";

    private AlembicChangeRevisions() {}

    static LinkedHashMap<String, String> render(List<OrmMigration> steps, Instant start, List<String> history) {
        LinkedHashMap<String, String> files = new LinkedHashMap<>();
        Optional<String> previous = head(history);
        for (int i = 0; i < steps.size(); i++) {
            Instant at = start.plusSeconds(i);
            String id = AlembicRevision.id(at);
            OrmMigration step = steps.get(i);
            files.put(FOLDER + "/" + id + "_" + step.slug() + ".py", revision(step, id, previous, at));
            previous = Optional.of(id);
        }
        return files;
    }

    /** The newest revision kei named in the history ({@code 20261121100000_init_schema.py}), if any. */
    static Optional<String> head(List<String> history) {
        return history.stream()
                .map(REVISION::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .max(String::compareTo);
    }

    private static String revision(OrmMigration step, String id, Optional<String> previous, Instant at) {
        StringBuilder py = new StringBuilder(AlembicRevision.header(
                step.what() + " (kei db-change)",
                at,
                previous,
                "from alembic import context, op\nimport sqlalchemy as sa\n"));
        py.append("def upgrade() -> None:\n");
        if (step.contract() != null) {
            py.append("    # the contract step: kei-migrate runs it only with --contract, once the application has\n")
                    .append("    # moved to the new shape; here -x contract=yes says so\n")
                    .append("    if context.get_x_argument(as_dictionary=True).get(\"contract\") != \"yes\":\n")
                    .append("        raise RuntimeError(")
                    .append(SqlAlchemyPython.string("contract step " + id + " (" + step.contract() + "): run it once"
                            + " the application has moved to the new shape, with: alembic -x contract=yes upgrade"
                            + " head"))
                    .append(")\n");
        }
        statements(py, step.up(), step.upOutsideTransaction());
        py.append("\n\ndef downgrade() -> None:\n");
        if (step.irreversible()) {
            String why =
                    step.down().isEmpty() ? "IRREVERSIBLE" : step.down().get(0).replaceFirst("^-- ", "");
            py.append("    raise RuntimeError(")
                    .append(SqlAlchemyPython.string(why))
                    .append(")\n");
        } else {
            statements(py, step.down(), step.downOutsideTransaction());
        }
        return py.toString();
    }

    private static void statements(StringBuilder py, List<String> statements, boolean outside) {
        String indent = "    ";
        if (outside) {
            py.append("    # outside a transaction, statement by statement, as kei-migrate runs this step\n")
                    .append("    with op.get_context().autocommit_block():\n");
            indent = "        ";
        }
        if (statements.isEmpty()) {
            py.append(indent).append("pass\n");
        }
        for (String statement : statements) {
            if (statement.contains(BACKFILL)) {
                py.append(indent)
                        .append("# kei-migrate runs this UPDATE in primary-key batches; Alembic runs it as")
                        .append(" one statement\n");
            }
            py.append(indent)
                    .append("op.execute(sa.text(")
                    .append(SqlAlchemyPython.sqlText(statement))
                    .append("))\n");
        }
    }
}
