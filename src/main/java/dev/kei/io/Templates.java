package dev.kei.io;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders Mustache templates: every text kei writes comes from one. Two escapings: none for files (SQL, markdown,
 * shell), and JSON string escaping for the payload blocks of phase files, so a value can never break the JSON.
 */
public final class Templates {
    private static final DefaultMustacheFactory PLAIN = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final DefaultMustacheFactory JSON = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(jsonEscape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** Classpath templates compiled once: generated artifacts render thousands of rows per call. */
    private static final Map<String, Mustache> RESOURCES = new ConcurrentHashMap<>();

    private Templates() {}

    /**
     * Renders the classpath template {@code resource} (e.g. {@code dev/kei/sql/schema.sql.mustache}) without
     * escaping; it is compiled on first use and cached.
     */
    public static String resource(String resource, Object scope) {
        Mustache m = RESOURCES.computeIfAbsent(resource, Templates::compileResource);
        StringWriter out = new StringWriter(4096);
        try {
            m.execute(out, scope);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template " + resource + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Mustache compileResource(String resource) {
        if (Templates.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalArgumentException("template " + resource + " is not on the classpath");
        }
        try {
            return PLAIN.compile(resource);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Renders {@code template} (named {@code name} in error messages) without escaping. */
    public static String text(String template, String name, Object scope) {
        return render(PLAIN, template, name, scope);
    }

    /** Renders a JSON template: every {@code {{value}}} is escaped as the inside of a JSON string. */
    public static String json(String template, String name, Object scope) {
        return render(JSON, template, name, scope);
    }

    /** Renders the template file {@code file} without escaping. */
    public static String file(Path file, Object scope) {
        try {
            return text(java.nio.file.Files.readString(file), file.getFileName().toString(), scope);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    private static String render(DefaultMustacheFactory factory, String template, String name, Object scope) {
        try {
            Mustache m = factory.compile(new StringReader(template), name);
            StringWriter out = new StringWriter();
            m.execute(out, scope);
            return out.toString();
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template " + name + ": " + e.getMessage(), e);
        }
    }

    static String jsonEscape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
