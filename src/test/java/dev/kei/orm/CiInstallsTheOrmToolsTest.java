package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code .ci/run} installs the very versions {@link NodeTools} pins, so CI never checks with other ones. */
class CiInstallsTheOrmToolsTest {
    @Test
    void ciRunInstallsEveryPinnedPackage() throws IOException {
        String ci = Files.readString(Path.of(".ci/run"));
        for (Map.Entry<String, String> p : NodeTools.PACKAGES.entrySet()) {
            assertTrue(
                    ci.contains(" " + p.getKey() + "@" + p.getValue())
                            || ci.contains("(" + p.getKey() + "@" + p.getValue()),
                    ".ci/run does not install " + p.getKey() + "@" + p.getValue());
        }
        assertTrue(ci.contains("--prefix target/orm-tools"), ".ci/run installs them where NodeTools looks");
    }
}
