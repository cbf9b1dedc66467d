package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanReaderTest {
    private static final Path PLANS = Path.of("src/test/resources/change/plans");

    private static PlanReader.Result fixture(String name) throws Exception {
        return PlanReader.read(PLANS.resolve(name));
    }

    private static SqlType type(String t) throws ChangeException {
        return SqlType.parse(t);
    }

    private static SqlValue value(String v) throws ChangeException {
        return SqlValue.parse(v);
    }

    private static ColumnSpec column(String name, String type, boolean notNull, String def, boolean unique)
            throws ChangeException {
        return new ColumnSpec(name, type(type), notNull, def == null ? null : value(def), unique, null);
    }

    @Test
    void seed002NewDomainIsOneTableWithItsIndexesAndRelation() throws Exception {
        PlanReader.Result result = fixture("seed002_new_domain.yaml");
        Change.AddTable expected = new Change.AddTable(
                "products",
                List.of(
                        column("id", "UUID", true, "gen_random_uuid()", false),
                        // UNIQUE and the plan's unique index on name are one uniqueness, as seed 002's SQL has it.
                        column("name", "VARCHAR(100)", true, null, false),
                        column("description", "TEXT", false, null, false),
                        column("price", "INTEGER", true, null, false),
                        column("category_id", "UUID", true, null, false),
                        column("status", "VARCHAR(20)", true, "'active'", false),
                        column("created_at", "TIMESTAMP", true, "now()", false),
                        column("updated_at", "TIMESTAMP", true, "now()", false)),
                List.of("id"),
                List.of(
                        new Change.AddIndex("products", List.of("name"), true, "uq_products_name"),
                        new Change.AddIndex("products", List.of("category_id"), false, "idx_products_category_id"),
                        new Change.AddIndex("products", List.of("status"), false, "idx_products_status"),
                        new Change.AddIndex("products", List.of("created_at"), false, "idx_products_created_at")),
                List.of(new Change.AddRelation(
                        "products",
                        List.of("category_id"),
                        "categories",
                        List.of("id"),
                        "CASCADE",
                        "fk_products_category_id")));
        assertEquals(List.of(expected), result.changes());
        assertEquals(Map.of(), result.expectedOldTypes());
    }

    @Test
    void seed002ModifyExistingRunsDropsBeforeAddsAndKeepsTheOldType() throws Exception {
        PlanReader.Result result = fixture("seed002_modify_existing.yaml");
        Change.ModifyColumn modify =
                new Change.ModifyColumn("products", "description", type("TEXT"), null, null, false, null);
        assertEquals(
                List.of(
                        new Change.DropColumn("products", "old_field"),
                        new Change.AddColumn("products", ColumnSpec.plain("brand_id", type("UUID"))),
                        modify,
                        new Change.AddIndex("products", List.of("brand_id"), false, "idx_products_brand_id")),
                result.changes());
        assertEquals(Map.of(modify, type("VARCHAR(500)")), result.expectedOldTypes());
        assertEquals(
                "character varying(500)",
                result.expectedOldType(modify).orElseThrow().sql());
    }

    @Test
    void addColumn() throws Exception {
        assertEquals(
                List.of(
                        new Change.AddColumn("users", ColumnSpec.plain("nickname", type("text"))),
                        new Change.AddColumn("users", column("plan", "varchar(20)", true, "'free'", false)),
                        new Change.AddColumn(
                                "users", new ColumnSpec("tenant_id", type("bigint"), true, null, true, value("0")))),
                fixture("add_column.yaml").changes());
    }

    @Test
    void dropColumn() throws Exception {
        assertEquals(
                List.of(new Change.DropColumn("users", "legacy_flag"), new Change.DropColumn("users", "fax")),
                fixture("drop_column.yaml").changes());
    }

    @Test
    void modifyColumn() throws Exception {
        PlanReader.Result result = fixture("modify_column.yaml");
        Change.ModifyColumn description =
                new Change.ModifyColumn("products", "description", type("text"), null, null, false, null);
        assertEquals(
                List.of(
                        description,
                        new Change.ModifyColumn(
                                "products", "status", null, true, value("'active'"), false, value("'active'")),
                        new Change.ModifyColumn("products", "note", null, false, null, true, null),
                        new Change.ModifyColumn(
                                "products", "price", type("numeric(12,2)"), true, value("0"), false, null)),
                result.changes());
        assertEquals(Map.of(description, type("varchar(500)")), result.expectedOldTypes());
    }

    @Test
    void addIndex() throws Exception {
        assertEquals(
                List.of(
                        new Change.AddIndex("products", List.of("brand_id"), false, "idx_products_brand_id"),
                        new Change.AddIndex("products", List.of("sku", "brand_id"), true, "uq_products_sku_brand_id"),
                        new Change.AddIndex("products", List.of("created_at"), false, "products_created_at_idx")),
                fixture("add_index.yaml").changes());
    }

    @Test
    void dropIndex() throws Exception {
        assertEquals(
                List.of(
                        new Change.DropIndex("products", "idx_products_status"),
                        new Change.DropIndex("products", "products_name_idx")),
                fixture("drop_index.yaml").changes());
    }

    @Test
    void addTableWithACompositeKeyAndRelationsInConstraintsAndForeignKeys() throws Exception {
        Change.AddTable expected = new Change.AddTable(
                "order_items",
                List.of(
                        column("order_id", "bigint", true, null, false),
                        column("line_no", "integer", true, null, false),
                        column("product_id", "uuid", true, null, false),
                        column("quantity", "integer", true, "1", false)),
                List.of("order_id", "line_no"),
                List.of(new Change.AddIndex("order_items", List.of("product_id"), false, "idx_order_items_product_id")),
                List.of(
                        new Change.AddRelation(
                                "order_items",
                                List.of("order_id"),
                                "orders",
                                List.of("id"),
                                "CASCADE",
                                "fk_order_items_order_id"),
                        new Change.AddRelation(
                                "order_items",
                                List.of("product_id"),
                                "products",
                                List.of("id"),
                                "RESTRICT",
                                "fk_order_items_product_id")));
        assertEquals(List.of(expected), fixture("add_table.yaml").changes());
    }

    @Test
    void dropTable() throws Exception {
        assertEquals(
                List.of(new Change.DropTable("legacy_sessions")),
                fixture("drop_table.yaml").changes());
    }

    @Test
    void addRelation() throws Exception {
        assertEquals(
                List.of(
                        new Change.AddRelation(
                                "products",
                                List.of("brand_id"),
                                "brands",
                                List.of("id"),
                                "SET NULL",
                                "fk_products_brand_id"),
                        new Change.AddRelation(
                                "products",
                                List.of("category_id"),
                                "categories",
                                List.of("id"),
                                "NO ACTION",
                                "products_category_id_categories_id_fk")),
                fixture("add_relation.yaml").changes());
    }

    @Test
    void dropRelationByNameOrField() throws Exception {
        assertEquals(
                List.of(
                        new Change.DropRelation("products", "products_category_id_categories_id_fk"),
                        new Change.DropRelation("products", "brand_id")),
                fixture("drop_relation.yaml").changes());
    }

    @Test
    void renameColumn() throws Exception {
        assertEquals(
                List.of(new Change.Rename("users", "mail", "email")),
                fixture("rename_column.yaml").changes());
    }

    @Test
    void renameTable() throws Exception {
        assertEquals(
                List.of(new Change.Rename("product", null, "products")),
                fixture("rename_table.yaml").changes());
    }

    @Test
    void everyChangeKindHasAPlanForm() throws Exception {
        Set<ChangeKind> seen = EnumSet.noneOf(ChangeKind.class);
        for (String f : List.of(
                "add_column.yaml",
                "drop_column.yaml",
                "modify_column.yaml",
                "add_index.yaml",
                "drop_index.yaml",
                "add_table.yaml",
                "drop_table.yaml",
                "add_relation.yaml",
                "drop_relation.yaml",
                "rename_column.yaml",
                "rename_table.yaml")) {
            fixture(f).changes().forEach(c -> seen.add(c.kind()));
        }
        assertEquals(EnumSet.allOf(ChangeKind.class), seen);
    }

    @Test
    void aListOfPlansAndSeveralDocumentsKeepTheirOrder() throws Exception {
        assertEquals(
                List.of(
                        new Change.Rename("product", null, "products"),
                        new Change.AddColumn("products", ColumnSpec.plain("brand_id", type("uuid"))),
                        new Change.DropTable("product_drafts")),
                fixture("several.yaml").changes());
    }

    @Test
    void modifyExistingRunsInTheDocumentedOrderWhateverOrderItIsWritten() throws Exception {
        List<ChangeKind> kinds = fixture("every_change_order.yaml").changes().stream()
                .map(Change::kind)
                .toList();
        assertEquals(
                List.of(
                        ChangeKind.RENAME,
                        ChangeKind.REMOVE_RELATION,
                        ChangeKind.REMOVE_INDEX,
                        ChangeKind.REMOVE_COLUMN,
                        ChangeKind.ADD_COLUMN,
                        ChangeKind.ADD_COLUMN,
                        ChangeKind.ADD_COLUMN,
                        ChangeKind.MODIFY_COLUMN,
                        ChangeKind.ADD_INDEX,
                        ChangeKind.ADD_RELATION,
                        ChangeKind.ADD_RELATION),
                kinds);
    }

    @Test
    void quotedAndUnquotedScalarsReadTheSame() throws Exception {
        String quoted = "migration_type: 'drop_table'\ntable_name: \"users\"\n";
        String plain = "migration_type: drop_table\ntable_name: users\n";
        assertEquals(PlanReader.read("a.yaml", quoted), PlanReader.read("b.yaml", plain));
    }

    @Test
    void onDeleteInAnyCaseWithUnderscoresOrBlanks() throws Exception {
        for (String written : List.of("set null", "SET_NULL", "'Set  Null'")) {
            String plan = "migration_type: modify_existing\ntable_name: t\nforeign_keys:\n"
                    + "  - {field: a_id, references: a.id, on_delete: " + written + "}\n";
            Change.AddRelation r = (Change.AddRelation)
                    PlanReader.read("p.yaml", plan).changes().get(0);
            assertEquals("SET NULL", r.onDelete(), written);
        }
    }

    static Stream<Arguments> badPlans() {
        String modify = "migration_type: modify_existing\ntable_name: products\n";
        String domain = "migration_type: new_domain\ntable_name: products\nfields:\n"
                + "  - name: id\n    type: UUID\n    constraints: ['PRIMARY KEY']\n";
        return Stream.of(
                Arguments.of(
                        "unknown top-level key",
                        "migration_type: drop_table\ntabel_name: users\n",
                        "2:1",
                        "Did you mean 'table_name'?"),
                Arguments.of(
                        "unknown key under changes",
                        modify + "changes:\n  add_colums:\n    - name: x\n",
                        "4:3",
                        "Did you mean 'add_columns'?"),
                Arguments.of(
                        "unknown key in a field",
                        domain + "    contraints: []\n",
                        "7:5",
                        "Did you mean 'constraints'?"),
                Arguments.of(
                        "type where new_type is meant",
                        modify + "changes:\n  modify_columns:\n    - name: d\n      type: TEXT\n",
                        "6:7",
                        "Did you mean 'new_type'?"),
                Arguments.of(
                        "unknown migration_type",
                        "migration_type: modify_exiting\ntable_name: x\n",
                        "1:17",
                        "Did you mean 'modify_existing'?"),
                Arguments.of("missing migration_type", "table_name: users\n", "1:1", "Start it with migration_type:"),
                Arguments.of("missing table_name", "migration_type: drop_table\n", "1:1", "Write table_name:"),
                Arguments.of(
                        "bad type",
                        modify + "changes:\n  add_columns:\n    - name: x\n      type: VARCHR(10)\n",
                        "6:13",
                        "Did you mean 'VARCHAR(10)'?"),
                Arguments.of(
                        "bad default",
                        modify
                                + "changes:\n  add_columns:\n    - name: x\n      type: int\n"
                                + "      constraints: ['DEFAULT 1; DROP TABLE x']\n",
                        "7:21",
                        "a number, a 'quoted string'"),
                Arguments.of(
                        "bare word default",
                        modify + "changes:\n  modify_columns:\n    - name: s\n      default: active\n",
                        "6:16",
                        "\"'active'\""),
                Arguments.of(
                        "bad name",
                        "migration_type: drop_table\ntable_name: \"Robert'); DROP\"\n",
                        "2:13",
                        "lower-case letters"),
                Arguments.of(
                        "string where a list is expected",
                        modify + "changes:\n  drop_columns: old_field\n",
                        "4:17",
                        "must be a list"),
                Arguments.of(
                        "list where a mapping is expected",
                        modify + "changes:\n  - drop_columns\n",
                        "4:3",
                        "must be a mapping"),
                Arguments.of("empty list", modify + "changes:\n  drop_columns: []\n", "4:17", "empty list"),
                Arguments.of(
                        "empty fields", "migration_type: new_domain\ntable_name: t\nfields: []\n", "3:9", "empty list"),
                Arguments.of(
                        "duplicate key",
                        "migration_type: drop_table\ntable_name: a\ntable_name: b\n",
                        "3:1",
                        "given twice"),
                Arguments.of(
                        "bad on_delete",
                        domain + "foreign_keys:\n  - field: id\n    references: 'a(id)'\n    on_delete: CASCAD\n",
                        "10:16",
                        "Did you mean 'CASCADE'?"),
                Arguments.of(
                        "bad references",
                        domain + "foreign_keys:\n  - field: id\n    references: 'categories'\n",
                        "9:17",
                        "'categories(id)' or 'categories.id'"),
                Arguments.of(
                        "anchor and alias",
                        "migration_type: drop_table\nx: &a [1, 2]\ny: *a\n",
                        "2:4",
                        "Write the value out in full"),
                Arguments.of("alias alone", "a: &x 1\nb: *x\n", "2:4", "Write the value out in full"),
                Arguments.of("not YAML at all", "migration_type: 'drop_table\n", "2:1", "not valid YAML"),
                Arguments.of(
                        "tab indentation",
                        "migration_type: drop_table\n\ttable_name: x\n",
                        "2:1",
                        "indented with spaces"),
                Arguments.of(
                        "plain text, not a plan", "ALTER TABLE users DROP COLUMN x;\n", "1:1", "must be a mapping"),
                Arguments.of("empty file", "", "1:1", "the plan is empty"),
                Arguments.of(
                        "no key field",
                        "migration_type: new_domain\ntable_name: t\nfields:\n" + "  - name: a\n    type: text\n",
                        "4:3",
                        "'PRIMARY KEY'"),
                Arguments.of(
                        "unknown constraint",
                        modify
                                + "changes:\n  add_columns:\n    - name: x\n      type: int\n      constraints: ['NOT NUL']\n",
                        "7:21",
                        "Did you mean 'NOT NULL'?"),
                Arguments.of(
                        "misspelt DEFAULT",
                        modify
                                + "changes:\n  add_columns:\n    - name: x\n      type: int\n      constraints: ['DEFALT 0']\n",
                        "7:21",
                        "Did you mean 'DEFAULT 0'?"),
                Arguments.of(
                        "NOT NULL and NULL",
                        modify
                                + "changes:\n  add_columns:\n    - name: x\n      type: int\n"
                                + "      constraints: ['NOT NULL', 'NULL']\n",
                        "7:33",
                        "Keep the one you mean"),
                Arguments.of(
                        "index on an unknown field",
                        domain + "indexes:\n  - fields: [idd]\n",
                        "8:5",
                        "Did you mean 'id'?"),
                Arguments.of(
                        "modify a dropped column",
                        modify
                                + "changes:\n  drop_columns: [a]\n  modify_columns:\n    - name: a\n      new_type: text\n",
                        "6:7",
                        "Keep one of the two"),
                Arguments.of(
                        "old name after a rename",
                        modify + "changes:\n  rename_columns:\n    - {from: a, to: b}\n  drop_columns: [a]\n",
                        "6:18",
                        "Write b here"),
                Arguments.of(
                        "modify that changes nothing",
                        modify + "changes:\n  modify_columns:\n    - name: d\n      old_type: text\n",
                        "5:7",
                        "changes nothing"),
                Arguments.of(
                        "backfill without NOT NULL",
                        modify
                                + "changes:\n  modify_columns:\n    - name: d\n      new_type: text\n      backfill: 0\n",
                        "7:17",
                        "Add constraints: ['NOT NULL']"),
                Arguments.of(
                        "rename_table mixed into a modify plan",
                        modify + "rename_table: {from: a, to: b}\n",
                        "3:1",
                        "plan of its own"),
                Arguments.of(
                        "UNIQUE in modify_columns",
                        modify + "changes:\n  modify_columns:\n    - name: d\n      constraints: [UNIQUE]\n",
                        "6:21",
                        "add_indexes"),
                Arguments.of("nested list of plans", "- - migration_type: drop_table\n", "1:3", "must be a mapping"),
                Arguments.of(
                        "column dropped twice", modify + "changes:\n  drop_columns: [a, a]\n", "4:21", "List it once"),
                Arguments.of(
                        "relation written twice",
                        modify
                                + "changes:\n  add_columns:\n    - {name: b_id, type: int, constraints: ['REFERENCES b(id)']}\n"
                                + "foreign_keys:\n  - {field: b_id, references: b.id}\n",
                        "7:5",
                        "Write its relation once"),
                Arguments.of(
                        "dropped column is a rename target",
                        modify + "changes:\n  rename_columns: [{from: a, to: b}]\n  drop_columns: [b]\n",
                        "5:18",
                        "Split the plan"),
                Arguments.of(
                        "duplicate key in a nested mapping",
                        modify + "changes:\n  drop_columns: [a]\n  drop_columns: [b]\n",
                        "5:3",
                        "given twice"),
                Arguments.of(
                        "bad index type",
                        modify + "changes:\n  add_indexes:\n    - fields: [a]\n      type: uniq\n",
                        "6:13",
                        "Did you mean 'unique'?"),
                Arguments.of(
                        "two indexes of one name",
                        modify + "changes:\n  add_indexes:\n    - fields: [a]\n    - {fields: [a], type: index}\n",
                        "6:7",
                        "another name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void badPlanIsRefusedWithWhereAndWhatToWrite(String name, String yaml, String at, String says) {
        PlanException e = assertThrows(PlanException.class, () -> PlanReader.read("plan.yaml", yaml));
        if (Boolean.getBoolean("plan.show")) System.out.println("[" + name + "] " + e.getMessage());
        assertTrue(e.getMessage().startsWith("plan.yaml:" + at + ": "), name + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(says), name + ": " + e.getMessage());
        assertTrue(
                e.getMessage()
                        .matches("(?s).*(Write|Did you mean|Add|Keep|Start|List|Move|Give|Split|Name|"
                                + "Reference|Merge|Remove).*"),
                name + " says what to do: " + e.getMessage());
    }

    @Test
    void aFileOverOneMegabyteIsRefusedBeforeItIsParsed() {
        String big = "migration_type: drop_table\ntable_name: t\n# " + "x".repeat(PlanReader.MAX_BYTES) + "\n";
        PlanException e = assertThrows(PlanException.class, () -> PlanReader.read("big.yaml", big));
        assertTrue(e.getMessage().startsWith("big.yaml:1:1: "), e.getMessage());
        assertTrue(e.getMessage().contains("1 MB") && e.getMessage().contains("Split it"), e.getMessage());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }
}
