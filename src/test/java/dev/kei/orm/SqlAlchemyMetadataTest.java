package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kei.db.Database;
import dev.kei.sql.Column;
import dev.kei.sql.Constraint;
import dev.kei.sql.ForeignKey;
import dev.kei.sql.Index;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code import db.models} works and, once every mapper is configured, {@code Base.metadata} holds exactly the
 * tables, columns (in order, with NOT NULL), primary keys, foreign keys (with ON DELETE), unique and check
 * constraints and indexes of the designed schema, under the same names, and every foreign key has its two
 * relationships: many-to-one on the referencing class, one-to-many on the referenced one.
 */
class SqlAlchemyMetadataTest {
    @TempDir
    Path work;

    static Stream<Arguments> cases() {
        return SqlAlchemyCase.NAMES.stream()
                .flatMap(c -> Stream.of(Database.POSTGRESQL, Database.SQLITE).map(d -> Arguments.of(c, d)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void theModelsHoldExactlyTheSchema(String name, Database database) throws Exception {
        Schema schema = SqlAlchemyCase.load(name).schema();
        Path project = Files.createDirectories(work.resolve("project"));
        AlembicPython.write(
                project, new SqlAlchemyFiles().render(new OrmInput(schema, database, SqlAlchemyGoldenTest.CLOCK)));
        AlembicPython.Result result =
                AlembicPython.script("metadata_json.py", project.toString()).orFail("import db.models");
        List<String> actual = new ArrayList<>();
        for (JsonNode fact : new ObjectMapper().readTree(result.out())) {
            actual.add(fact.asText());
        }
        actual.sort(null);
        assertEquals(String.join("\n", facts(schema)), String.join("\n", actual));
    }

    @Test
    void theHostileCaseMeetsTheWordsThatClash() {
        List<String> words = HostileNames.words();
        assertTrue(
                words.containsAll(List.of("metadata", "registry", "class", "from", "type", "returning", "sa", "none")),
                words::toString);
        assertTrue(words.size() > 200, () -> words.size() + " words: " + words);
    }

    /** The same facts, from the schema db/schema.sql is rendered from. */
    static List<String> facts(Schema schema) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            String n = t.name();
            out.add("table " + n);
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                out.add("column " + n + " " + i + " " + c.name() + (c.notNull() ? " not null" : ""));
            }
            out.add("primary key " + n + " " + t.primaryKey().name() + " ("
                    + String.join(",", t.primaryKey().columns()) + ")");
            List<ForeignKey> foreignKeys = new ArrayList<>(t.foreignKeys());
            schema.deferredForeignKeys().stream()
                    .filter(d -> d.table().equals(n))
                    .forEach(d -> foreignKeys.add(d.foreignKey()));
            for (ForeignKey fk : foreignKeys) {
                out.add("foreign key " + n + " " + fk.name() + " (" + fk.column() + ") -> " + fk.refTable() + " ("
                        + fk.refColumn() + ") on delete " + fk.onDelete().sql());
                out.add("relationship " + n + " -> " + fk.refTable() + " MANYTOONE (" + fk.column() + ") -> ("
                        + fk.refColumn() + ")");
                out.add("relationship " + fk.refTable() + " -> " + n + " ONETOMANY (" + fk.refColumn() + ") -> ("
                        + fk.column() + ")");
            }
            for (Constraint c : t.constraints()) {
                if (c instanceof Constraint.Unique u) {
                    out.add("unique " + n + " " + u.name() + " (" + String.join(",", u.columns()) + ")");
                } else if (c instanceof Constraint.AllowedValues a) {
                    out.add("check " + n + " " + a.name());
                }
            }
            for (Index i : t.indexes()) {
                out.add("index " + n + " " + i.name() + " (" + String.join(",", i.columns()) + ")");
            }
        }
        out.sort(null);
        return out;
    }
}
