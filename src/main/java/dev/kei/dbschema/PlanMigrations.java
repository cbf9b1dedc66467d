package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.sql.ForeignKey;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 4a: decides where the first migration goes. With Prisma or SQLAlchemy, nowhere: the one-line handoff to the
 * native runner is recorded instead. Otherwise the timestamped pair under {@code migrations/}, named in
 * {@code kei-migrate create}'s convention from the run's clock; and the tables 4b offers as irreversible.
 */
public final class PlanMigrations implements Generator {
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    static final String NAME = "init_schema";
    private static final List<String> PRECIOUS = List.of(
            "users",
            "user",
            "accounts",
            "account",
            "customers",
            "customer",
            "orders",
            "order",
            "payments",
            "payment",
            "invoices",
            "invoice",
            "transactions",
            "transaction",
            "subscriptions",
            "subscription",
            "tenants",
            "tenant",
            "members",
            "member");
    private static final int CANDIDATES = 3;

    @Override
    public String name() {
        return "plan-migrations";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        Stack stack = Drafts.stack(context);
        if (stack.nativeRunner().isPresent()) {
            boolean written = stack.ormFiles().isPresent();
            context.putData(
                    "handoff",
                    "use `" + stack.nativeRunner().get() + "` — schema.sql is the design SSoT, "
                            + (written
                                    ? "and kei wrote " + stack.orm() + "'s own files from it"
                                    : "port it to the native format")
                            + " (" + stack.nativeFolder().orElseThrow() + " is the runner's).");
            context.removeData("migration");
            return;
        }
        String ts = TIMESTAMP.format(context.clock());
        Map<String, String> migration = new LinkedHashMap<>();
        migration.put("timestamp", ts);
        migration.put("up", "migrations/" + ts + "_" + NAME + ".sql");
        migration.put("down", "migrations/" + ts + "_" + NAME + ".down.sql");
        context.putData("migration", migration);
        context.removeData("handoff");
        context.putData("irreversible_candidates", candidates(Drafts.schema(context, stack)));
    }

    /** Up to three tables most likely to hold data worth protecting: known names first, then the most referenced. */
    static List<Map<String, String>> candidates(Schema schema) {
        Map<String, Integer> referenced = new HashMap<>();
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                referenced.merge(fk.refTable(), 1, Integer::sum);
            }
        }
        for (Schema.Deferred d : schema.deferredForeignKeys()) {
            referenced.merge(d.foreignKey().refTable(), 1, Integer::sum);
        }
        List<Table> tables = new ArrayList<>(
                schema.tables().stream().filter(t -> !t.junction()).toList());
        tables.sort(
                Comparator.comparingInt((Table t) -> PRECIOUS.contains(t.name()) ? PRECIOUS.indexOf(t.name()) : 1000)
                        .thenComparing(t -> -referenced.getOrDefault(t.name(), 0)));
        List<Map<String, String>> out = new ArrayList<>();
        for (Table t : tables.subList(0, Math.min(CANDIDATES, tables.size()))) {
            int refs = referenced.getOrDefault(t.name(), 0);
            out.add(Map.of(
                    "name",
                    t.name(),
                    "why",
                    PRECIOUS.contains(t.name())
                            ? "Usually holds data nobody can recreate; its down becomes an abort"
                            : "Referenced by " + refs + " foreign key" + (refs == 1 ? "" : "s")
                                    + "; its down becomes an abort"));
        }
        return out;
    }
}
