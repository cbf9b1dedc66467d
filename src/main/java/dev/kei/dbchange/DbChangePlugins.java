package dev.kei.dbchange;

import dev.kei.ask.FreeTextReader;
import dev.kei.engine.Generator;
import dev.kei.engine.OptionValue;
import dev.kei.engine.SkillPlugins;
import java.util.List;

/** The db-change skill's plug-ins, by the names its phase files use, and the option labels its code reads. */
public final class DbChangePlugins implements SkillPlugins {
    @Override
    public String skill() {
        return "db-change";
    }

    @Override
    public List<Generator> generators() {
        return List.of(
                new SchemaSources(),
                new ReadSchema(),
                new ReadPlan(),
                new ReadTarget(),
                new DiffSchema(),
                new ReadRenames(),
                new TableOptions(),
                new SuggestChange(),
                new AnalyseChange(),
                new WriteChange(),
                new ApplyChange());
    }

    @Override
    public List<FreeTextReader> readers() {
        return List.of(new ChangeTextAnswer(), new TableNameAnswer());
    }

    @Override
    public List<OptionValue> optionValues() {
        return List.of(Answer.values());
    }
}
