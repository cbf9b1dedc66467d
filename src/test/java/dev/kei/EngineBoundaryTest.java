package dev.kei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LangChain4j (and an MCP SDK) stay out of the engine's packages: the engine must not know which transport asked.
 * Every package but the bridges and the command line that wires them ({@link #OUTSIDE}) is the engine's. Two
 * proofs: no class of the engine's packages (main or test) refers to them, and the engine's sources compile with
 * them left off the class path.
 */
class EngineBoundaryTest {
    /** The packages that may use a model library: the bridges, and the commands that choose a transport. */
    static final List<String> OUTSIDE = List.of("llm", "mcp", "cli");

    @TempDir
    Path classes;

    @Test
    void noEngineClassRefersToAModelLibraryOrTheBridge() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses imported = new ClassFileImporter().importPackages("dev.kei");
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        OUTSIDE.stream().map(p -> "dev.kei." + p + "..").toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.langchain4j..", "io.modelcontextprotocol..", "dev.kei.llm..", "dev.kei.mcp..")
                .because("the engine must not know which transport asked (style.md)")
                .check(imported);
    }

    @Test
    @Tag("slow")
    void theEnginePackagesCompileWithoutLangChain4jOnTheClassPath() throws IOException {
        List<String> sources = new ArrayList<>();
        Path root = Path.of("src/main/java/dev/kei");
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !OUTSIDE.contains(root.relativize(f).getName(0).toString()))
                    .forEach(f -> sources.add(f.toString()));
        }
        assertTrue(sources.size() > 100, "found " + sources.size() + " engine sources");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("langchain4j"))
                .filter(e -> !e.contains("modelcontextprotocol"))
                .filter(e -> !Path.of(e).endsWith(Path.of("target", "classes")))
                .filter(e -> !Path.of(e).endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(System.getProperty("java.class.path").contains("langchain4j"), "the test class path has it");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(
                List.of("--release", "17", "-proc:none", "-d", classes.toString(), "-cp", classPath, "-nowarn"));
        args.addAll(sources);
        StringWriter errors = new StringWriter();
        int code = javac.run(
                null,
                null,
                new java.io.PrintStream(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        errors.write(b);
                    }
                }),
                args.toArray(String[]::new));
        assertEquals(0, code, errors.toString());
    }
}
