package dev.kei.dbschema;

import dev.kei.ask.FreeTextReader;
import dev.kei.engine.Generator;
import dev.kei.engine.OptionValue;
import dev.kei.engine.SkillPlugins;
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

    @Override
    public List<OptionValue> optionValues() {
        return List.of(Choice.values());
    }
}
