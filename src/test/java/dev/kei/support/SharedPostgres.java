package dev.kei.support;

import dev.kei.migrate.MigrateException;
import dev.kei.migrate.PostgresBinaries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded PostgreSQL for the whole test JVM: started on the first test that asks for it, closed when the JVM's
 * tests are done (a resource in the root store). A test gets its databases by declaring a {@link PostgresDatabases}
 * parameter: on a test or {@code @BeforeEach} method, every database it creates is dropped when that test ends (a
 * fresh database per test, the default); on a {@code @BeforeAll} method, when the class ends (for a class whose
 * tests share one database). Use it through {@link PostgresTest}, which also tags the class {@code postgres}.
 */
public final class SharedPostgres implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPostgres.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresDatabases.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmbeddedPostgres server = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> Server.start(), Server.class)
                .postgres;
        // the store of the context asking (a test, or a class for @BeforeAll) closes its databases when it ends; the
        // key is the context's own, as a lookup by a shared key would find the class's entry from inside a test
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        context.getUniqueId(), key -> new PostgresDatabases(server), PostgresDatabases.class);
    }

    /** The server, closed by JUnit when the root context (the whole run) closes. */
    private record Server(EmbeddedPostgres postgres) implements ExtensionContext.Store.CloseableResource {
        static Server start() {
            try {
                return new Server(PostgresBinaries.start(builder -> builder)); // kei-migrate's private programs folder
            } catch (IOException e) {
                throw new UncheckedIOException("the shared embedded PostgreSQL did not start", e);
            } catch (MigrateException e) {
                throw new IllegalStateException(e.getMessage() + " " + e.next(), e);
            }
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
