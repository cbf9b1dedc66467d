package dev.kei.orm;

import dev.kei.support.ExternalProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Python with Alembic, SQLAlchemy and psycopg at the versions {@code orm/sqlalchemy/requirements.txt} pins, in a
 * virtual environment under {@code target/orm-venv} (made on first use; {@code .ci/run} makes it before the tests).
 * Without Python or the packages the tests are skipped, unless CI is set: there they fail.
 */
final class AlembicPython {
    static final Path VENV = SqlAlchemyCase.home().resolve("target/orm-venv");
    static final Path RESOURCES = SqlAlchemyCase.home().resolve("src/test/resources/orm/sqlalchemy");
    static final Path REQUIREMENTS = RESOURCES.resolve("requirements.txt");

    private AlembicPython() {}

    /** What a command printed and how it ended. */
    record Result(int exitCode, String out, String err) {
        Result orFail(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " exited " + exitCode + "\n" + out + "\n" + err);
            }
            return this;
        }
    }

    /** The venv's python, made when missing; skips (or fails under CI) when it cannot be made. */
    static synchronized Path python() throws IOException, InterruptedException {
        Path python = VENV.resolve("bin/python");
        if (installed(python)) {
            return python;
        }
        String why = make(python);
        if (why != null) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("Alembic, SQLAlchemy and psycopg are needed under CI: " + why);
            }
            Assumptions.assumeTrue(false, "no Python with Alembic (" + why + ")");
        }
        return python;
    }

    /** Whether the venv holds every pinned package at its pinned version. */
    private static boolean installed(Path python) throws IOException, InterruptedException {
        String check = "import sys, importlib.metadata as m\n"
                + "pins = [l.strip().split('==') for l in open(sys.argv[1]) if '==' in l and not l.startswith('#')]\n"
                + "sys.exit(any(m.version(name) != version for name, version in pins))\n";
        return Files.isExecutable(python)
                && run(List.of(python.toString(), "-c", check, REQUIREMENTS.toString()), null, Map.of(), 60)
                                .exitCode()
                        == 0;
    }

    private static String make(Path python) throws IOException, InterruptedException {
        Result venv = run(List.of("python3", "-m", "venv", VENV.toString()), null, Map.of(), 120);
        if (venv.exitCode() != 0) {
            return "python3 -m venv failed: " + venv.err().strip();
        }
        // no retries: an unreachable default index is then skipped at once for the configured local ones
        Result pip = run(
                List.of(
                        python.toString(),
                        "-m",
                        "pip",
                        "install",
                        "-q",
                        "--retries",
                        "0",
                        "-r",
                        REQUIREMENTS.toString()),
                null,
                Map.of(),
                600);
        if (pip.exitCode() != 0) {
            return "pip install -r " + REQUIREMENTS + " failed: " + pip.err().strip();
        }
        return null;
    }

    /** {@code alembic ARGS} in the project folder {@code dir}, on the database {@code databaseUrl}. */
    static Result alembic(Path dir, String databaseUrl, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python().toString(), "-m", "alembic"));
        command.addAll(List.of(args));
        return run(command, dir, Map.of("DATABASE_URL", databaseUrl), 300);
    }

    /** A script of {@code orm/sqlalchemy/} with {@code args}. */
    static Result script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(python().toString(), RESOURCES.resolve(name).toString()));
        command.addAll(List.of(args));
        return run(command, null, Map.of(), 300);
    }

    static Result run(List<String> command, Path dir, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        ExternalProcess.Result r = ExternalProcess.run(command, dir, env, seconds);
        return new Result(r.exitCode(), r.out(), r.err());
    }

    /** Writes {@code files} (by relative path) into {@code dir}. */
    static Path write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
