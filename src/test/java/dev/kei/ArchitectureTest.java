package dev.kei;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kei.db.Database;
import dev.kei.engine.Session;
import dev.kei.engine.SkillRunner;
import dev.kei.engine.StateStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code dev.kei}, one rule per test, checked against the production classes (tests may reach
 * across layers to build fixtures). The layout is the one in style.md ("Architecture you can see in the tree"): no
 * package uses one listed above it, transports and the engine know no skill, and only the bridges import their
 * libraries. Packages that do not exist yet ({@code mcp}, {@code dbchange}) are named so the rules keep holding when
 * they land.
 */
class ArchitectureTest {
    /** The skills' packages: a skill owns its generators and readers, and nothing below it may name them. */
    static final String[] SKILLS = {"dev.kei.dbschema..", "dev.kei.dbchange.."};

    static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kei");
    }

    @Test
    void onlyTheLlmBridgeImportsLangChain4j() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.kei.llm..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.langchain4j..")
                .because("LangChain4j is one integration beside the core: swapping or dropping it must touch llm/ only")
                .check(main);
    }

    @Test
    void onlyTheMcpServerImportsTheMcpSdk() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.kei.mcp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.modelcontextprotocol..")
                .because(
                        "the MCP server is one transport among several; the engine must not know which transport asked")
                .check(main);
    }

    @Test
    void theEngineKnowsNoSkillAndNoTransport() {
        noClasses()
                .that()
                .resideInAPackage("dev.kei.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        concat(SKILLS, "dev.kei.transport..", "dev.kei.llm..", "dev.kei.mcp..", "dev.kei.cli.."))
                .because("the engine runs any skill through any transport: a second skill or the MCP server must"
                        + " plug in without the engine changing")
                .check(main);
    }

    @Test
    void transportsKnowNoSkill() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.kei.transport..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SKILLS)
                .because("a transport carries any skill's questions; what a skill asks belongs to its phase files")
                .check(main);
    }

    @Test
    void theLlmBridgeKnowsNoSkill() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.kei.llm..", "dev.kei.mcp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SKILLS)
                .because("the model bridges are transports too: they implement engine extension points"
                        + " (ModelProposals), never a skill's interfaces")
                .check(main);
    }

    @Test
    void aSkillKnowsNoTransport() {
        noClasses()
                .that()
                .resideInAnyPackage(SKILLS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.kei.transport..", "dev.kei.llm..", "dev.kei.mcp..", "dev.kei.cli..")
                .because("a skill runs the same through step mode, stdio, a terminal, a model or MCP; a service it"
                        + " needs (a model) comes through an engine extension point")
                .check(main);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.kei.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.kei.cli..")
                .because("cli/ is the top room that wires the others; what another entry point (the MCP server) needs"
                        + " must live below it")
                .check(main);
    }

    @Test
    void runsStartOnlyThroughTheRunApi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.kei.engine..")
                .should()
                .callConstructorWhere(target(owner(belongToAnyOf(SkillRunner.class, Session.class, StateStore.class))))
                .because("every transport starts a run through Runs.prepare, so the resume checks, intake and clock"
                        + " rules hold the same for step mode, stdio, a terminal, a replay, a model and MCP")
                .check(main);
    }

    @Test
    void sqlAndMigrateSitBelowTheRuntime() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.kei.sql..", "dev.kei.migrate..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(SKILLS, "dev.kei.cli..", "dev.kei.engine..", "dev.kei.transport.."))
                .because("the physical model and the migration runner are libraries the skills build on; kei-migrate"
                        + " runs without the skill runtime")
                .check(main);
    }

    @Test
    void lintSitsBelowTheCommandLineAndTheSkills() {
        noClasses()
                .that()
                .resideInAPackage("dev.kei.lint..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(SKILLS, "dev.kei.cli..", "dev.kei.engine..", "dev.kei.skill.."))
                .because("the rules judge migration files alone: kei-migrate lint, up and the db-change skill all call"
                        + " them, so they can know none of those")
                .check(main);
    }

    @Test
    void theChangeEngineSitsBelowTheSkillRuntime() {
        noClasses()
                .that()
                .resideInAPackage("dev.kei.change..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(
                        SKILLS,
                        "dev.kei.cli..",
                        "dev.kei.engine..",
                        "dev.kei.skill..",
                        "dev.kei.transport..",
                        "dev.kei.llm.."))
                .because("the recipes, the plan and the change grammar are a library: the db-change skill calls them,"
                        + " and so can a declarative diff or an MCP tool, without the skill runtime")
                .check(main);
    }

    @Test
    void theDatabaseLayerSitsBelowSqlAndMigrate() {
        classes()
                .that()
                .resideInAPackage("dev.kei.db..")
                .should()
                .onlyDependOnClassesThat(resideInAPackage("dev.kei.db..").or(resideOutsideOfPackage("dev.kei..")))
                .because("every fact about a database lives in db/; sql/ renders with it and migrate/ runs on it, so"
                        + " it can know neither")
                .check(main);
    }

    @Test
    void onlyTheDatabaseLayerNamesADatabase() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.kei.db..")
                .and()
                .doNotHaveFullyQualifiedName("dev.kei.migrate.EmbeddedTarget")
                .and()
                .doNotHaveFullyQualifiedName("dev.kei.cli.MigrateVerifyCommand")
                .and()
                .doNotHaveFullyQualifiedName("dev.kei.change.PostgresOnly")
                .and()
                .doNotHaveFullyQualifiedName("dev.kei.orm.OrmDatabase")
                .should()
                .accessField(Database.class, "POSTGRESQL")
                .orShould()
                .accessField(Database.class, "SQLITE")
                .orShould()
                .accessField(Database.class, "MYSQL")
                .orShould()
                .callMethod(Database.class, "ordinal")
                .because("code outside db/ asks a database for a fact (Database, MigrationRuntime) instead of asking"
                        + " which one it is; an embedded server, and db-change's online recipes, are PostgreSQL by nature; an ORM names"
                        + " the database in its own API (OrmDatabase)")
                .check(main);
    }

    @Test
    void theRedactorSitsBelowTheEngineAndTheBridges() {
        classes()
                .that()
                .resideInAPackage("dev.kei.redact..")
                .should()
                .onlyDependOnClassesThat(
                        resideInAnyPackage("dev.kei.redact..", "dev.kei.db..").or(resideOutsideOfPackage("dev.kei..")))
                .because("the engine masks what enters a run and the LLM bridge what leaves for a model with the one"
                        + " redactor, so it can know neither")
                .check(main);
    }

    @Test
    void schemaSitsBelowEverythingButTheWire() {
        noClasses()
                .that()
                .resideInAPackage("dev.kei.schema..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(
                        SKILLS,
                        "dev.kei.engine..",
                        "dev.kei.transport..",
                        "dev.kei.llm..",
                        "dev.kei.mcp..",
                        "dev.kei.cli..",
                        "dev.kei.sql..",
                        "dev.kei.migrate.."))
                .because("schema text, proposals and lexicons are the logical model that sql/ and the skills read;"
                        + " they must not know how they are rendered, asked or run")
                .check(main);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("dev.kei.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a cycle between packages makes them one room: neither can move, be tested or be read alone")
                .check(main);
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
