package dev.kei.orm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/**
 * The files that make a folder an Alembic project: {@code alembic.ini} (no URL in it), {@code alembic/env.py}, which
 * reads {@code DATABASE_URL} and compares against the models' metadata, and Alembic's own template for the next
 * {@code alembic revision}. They are the same for every schema.
 */
final class AlembicSetup {
    private static final String FOLDER = "/dev/kei/orm/alembic/";

    private AlembicSetup() {}

    static void addTo(LinkedHashMap<String, String> files) {
        files.put("alembic.ini", resource("alembic.ini"));
        files.put("alembic/env.py", resource("env.py"));
        files.put("alembic/script.py.mako", resource("script.py.mako"));
    }

    private static String resource(String name) {
        try (InputStream in = AlembicSetup.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("kei's jar lacks " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
