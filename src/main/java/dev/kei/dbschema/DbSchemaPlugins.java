package dev.kei.dbschema;

import dev.kei.ask.FreeTextReader;
import dev.kei.db.Database;
import dev.kei.engine.Generator;
import dev.kei.engine.OptionValue;
import dev.kei.engine.SkillPlugins;
import java.util.ArrayList;
import java.util.List;

/** The db-schema skill's plug-ins, by the names its phase files use, and its value table ({@link Choice}). */
public final class DbSchemaPlugins implements SkillPlugins {
    @Override
    public String skill() {
        return "db-schema";
    }

    @Override
    public List<Generator> generators() {
        return List.of(
                new StackFacts(),
                new ProposeEntities(),
                new AcceptEntities(),
                new ProposeRelations(),
                new AcceptRelations(),
                new RenderSchema(),
                new ReviseSchema(),
                new PlanMigrations(),
                new WriteMigrations(),
                new WriteOrmFiles(),
                new NextSteps(),
                new WriteSeed(),
                new ApplyMigrations(),
                new WriteReport());
    }

    @Override
    public List<FreeTextReader> readers() {
        return List.of(
                new SchemaTextReader(), new RelationTextReader(), new SchemaEditsReader(), new TableListReader());
    }

    /** The value table, and every database's label for the DB question (the database layer reads that answer). */
    @Override
    public List<OptionValue> optionValues() {
        List<OptionValue> values = new ArrayList<>(List.of(Choice.values()));
        for (Database d : Database.values()) {
            if (values.stream().noneMatch(v -> v.key().equals("DB") && v.label().equals(d.label()))) {
                values.add(new DbAnswer(d.label()));
            }
        }
        return values;
    }

    /** A DB option {@link Database#of} resolves. */
    private record DbAnswer(String label) implements OptionValue {
        @Override
        public String key() {
            return "DB";
        }
    }
}
