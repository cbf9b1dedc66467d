package dev.kei.testskill;

import dev.kei.ask.FreeTextReader;
import dev.kei.engine.Generator;
import dev.kei.engine.SkillPlugins;
import java.util.List;

/** The tiny test skill's plug-ins; its {@code write-migrations} shares a name with db-schema's on purpose. */
public final class TinyPlugins implements SkillPlugins {
    @Override
    public String skill() {
        return "tiny-pizza";
    }

    @Override
    public List<Generator> generators() {
        return List.of(new TinySuggest(), new TinyWrite(), new TinyMigrations());
    }

    @Override
    public List<FreeTextReader> readers() {
        return List.of(new TinyWordReader());
    }
}
