package dev.kei.sql;

import dev.kei.db.Dialect;
import dev.kei.db.MySqlDialect;
import dev.kei.db.PostgresDialect;
import dev.kei.db.SqliteDialect;
import dev.kei.support.GoldenFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed files, byte for byte, against src/test/resources/golden/seed/&lt;schema&gt;/&lt;kind&gt;.&lt;dialect&gt;.sql.
 * {@link GoldenFiles} writes {@code .actual} beside the golden one on a mismatch; {@code -Dgolden.update=true}
 * rewrites the golden files for review in the diff.
 */
class SeedGoldenTest {
    private static final Path ROOT =
            Path.of(System.getProperty("kei.home", "."), "src", "test", "resources", "golden", "seed");

    static Stream<Arguments> cases() {
        Stream<Arguments> postgres = Stream.of(SeedSchemas.BOOKSHOP, SeedSchemas.BLOG, SeedSchemas.LEAGUE)
                .flatMap(s -> Stream.of(SeedKind.values()).map(k -> of(s, k, new PostgresDialect())));
        Stream<Arguments> others = Stream.of(
                of(SeedSchemas.LEAGUE, SeedKind.SMOKE, new MySqlDialect()),
                of(SeedSchemas.LEAGUE, SeedKind.SMOKE, new SqliteDialect()));
        return Stream.concat(postgres, others);
    }

    private static Arguments of(SeedSchemas s, SeedKind kind, Dialect d) {
        return Arguments.of(s, kind, Named.of(d.label(), d));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void seedMatchesGolden(SeedSchemas s, SeedKind kind, Dialect d) {
        // one folder per schema holds every kind and dialect: compare this case's file only
        GoldenFiles.in(ROOT.resolve(s.folder()))
                .assertContains(Map.of(kind.label() + "." + d.id() + ".sql", SeedRenderer.render(s.schema(), kind, d)));
    }
}
