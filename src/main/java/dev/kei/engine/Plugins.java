package dev.kei.engine;

import dev.kei.ask.FreeTextReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plug-ins on the class path, skill by skill: each skill's generators and free-text readers by name, and the
 * option values its code reads; and the services a command hands its generators (e.g. a model that proposes
 * schemas): the engine passes them on without knowing what they are.
 */
public final class Plugins {
    private final List<SkillPlugins> registrations;
    private final Map<String, OneSkill> skills = new TreeMap<>();
    private final Map<Class<?>, Object> services = new HashMap<>();

    /** Throws {@link IllegalStateException} when one skill has two plug-ins of one kind with the same name. */
    public Plugins(Iterable<SkillPlugins> registrations) {
        this.registrations = new ArrayList<>();
        for (SkillPlugins r : registrations) {
            this.registrations.add(r);
            OneSkill skill = skills.computeIfAbsent(r.skill(), OneSkill::new);
            r.generators().forEach(g -> skill.add(skill.generators, g.name(), g));
            r.readers().forEach(reader -> skill.add(skill.readers, reader.name(), reader));
            skill.values.addAll(r.optionValues());
        }
    }

    /** Every {@link SkillPlugins} that {@link ServiceLoader} finds. */
    public static Plugins discover() {
        return new Plugins(ServiceLoader.load(SkillPlugins.class, Plugins.class.getClassLoader()));
    }

    /** These plugins, with {@code service} available to generators as {@code type}. */
    public <T> Plugins with(Class<T> type, T service) {
        Plugins copy = new Plugins(registrations);
        copy.services.putAll(services);
        copy.services.put(type, type.cast(service));
        return copy;
    }

    /** The service a command handed over as {@code type}, if any. */
    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(services.get(type)).map(type::cast);
    }

    /** The generator {@code skill}'s phase files call {@code name}. */
    public Optional<Generator> generator(String skill, String name) {
        return Optional.ofNullable(of(skill).generators.get(name));
    }

    /** The reader {@code skill}'s phase files name {@code name}. */
    public Optional<FreeTextReader> reader(String skill, String name) {
        return Optional.ofNullable(of(skill).readers.get(name));
    }

    public Set<String> generatorNames(String skill) {
        return of(skill).generators.keySet();
    }

    public Set<String> readerNames(String skill) {
        return of(skill).readers.keySet();
    }

    /** The option values {@code skill}'s code reads, as its registrations declare them. */
    public List<OptionValue> optionValues(String skill) {
        return List.copyOf(of(skill).values);
    }

    private OneSkill of(String skill) {
        OneSkill found = skills.get(skill);
        return found != null ? found : new OneSkill(skill);
    }

    /** One skill's plug-ins, gathered from each registration that names it. */
    private static final class OneSkill {
        final String name;
        final Map<String, Generator> generators = new TreeMap<>();
        final Map<String, FreeTextReader> readers = new TreeMap<>();
        final Set<OptionValue> values = new LinkedHashSet<>();

        OneSkill(String name) {
            this.name = name;
        }

        <T> void add(Map<String, T> map, String plugin, T instance) {
            T before = map.putIfAbsent(plugin, instance);
            // the same class found twice (a jar on the class path twice) is one plug-in, not a clash
            if (before != null && before.getClass() != instance.getClass()) {
                throw new IllegalStateException("skill " + name + " has two plugins named '" + plugin + "': "
                        + before.getClass().getName() + " and "
                        + instance.getClass().getName());
            }
        }
    }
}
