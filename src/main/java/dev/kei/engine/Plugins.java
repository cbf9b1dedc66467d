package dev.kei.engine;

import dev.kei.ask.FreeTextReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The generators and free-text readers on the class path, by name, and the services a command hands its
 * generators (e.g. a model that proposes schemas): the engine passes them on without knowing what they are.
 */
public final class Plugins {
    private final Map<String, Generator> generators = new TreeMap<>();
    private final Map<String, FreeTextReader> readers = new TreeMap<>();
    private final Map<Class<?>, Object> services = new HashMap<>();

    public Plugins(Iterable<Generator> generators, Iterable<FreeTextReader> readers) {
        generators.forEach(g -> add(this.generators, g.name(), g));
        readers.forEach(r -> add(this.readers, r.name(), r));
    }

    /** These plugins, with {@code service} available to generators as {@code type}. */
    public <T> Plugins with(Class<T> type, T service) {
        Plugins copy = new Plugins(generators.values(), readers.values());
        copy.services.putAll(services);
        copy.services.put(type, type.cast(service));
        return copy;
    }

    /** The service a command handed over as {@code type}, if any. */
    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(services.get(type)).map(type::cast);
    }

    /** Everything {@link ServiceLoader} finds. */
    public static Plugins discover() {
        ClassLoader loader = Plugins.class.getClassLoader();
        return new Plugins(
                ServiceLoader.load(Generator.class, loader), ServiceLoader.load(FreeTextReader.class, loader));
    }

    public Optional<Generator> generator(String name) {
        return Optional.ofNullable(generators.get(name));
    }

    public Optional<FreeTextReader> reader(String name) {
        return Optional.ofNullable(readers.get(name));
    }

    public java.util.Set<String> generatorNames() {
        return generators.keySet();
    }

    public java.util.Set<String> readerNames() {
        return readers.keySet();
    }

    private static <T> void add(Map<String, T> map, String name, T plugin) {
        T before = map.putIfAbsent(name, plugin);
        if (before != null && before.getClass() != plugin.getClass()) {
            throw new IllegalStateException("two plugins are named '" + name + "': "
                    + before.getClass().getName() + " and " + plugin.getClass().getName());
        }
    }
}
