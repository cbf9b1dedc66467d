package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of malformed database URLs, each holding a known password, given to kei-migrate in-process: every one is
 * a URL problem (exit 2, no stack trace), and no output shows the password or any two characters of it in a row.
 * Each generated URL carries at least one defect (a stray {@code %}, a port out of range or not a number, an unknown
 * scheme, a jdbc: URL with credentials before the host, a nameless parameter, a host that cannot be read), so none
 * of them reaches a database.
 */
class MalformedUrlFuzzTest {
    private static final long SEED = Long.getLong("kei.fuzz.seed", 20261201L);
    private static final String PASSWORD = "ZqXjKwV";

    @TempDir
    Path work;

    @Test
    void aMalformedUrlNeverShowsAnyPartOfItsPasswordAndExitsTwo() throws Exception {
        Path dir = Files.createDirectories(work.resolve("m"));
        List<String> urls = urls(new SplittableRandom(SEED), 300);
        assertTrue(urls.size() >= 250, "too few distinct cases: " + urls.size());
        List<String> failures = new ArrayList<>();
        for (String url : urls) {
            MigrateJvm.Run run = MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "status");
            String shown = run.out() + run.err();
            String leak = fragmentOfPassword(shown);
            if (run.exit() != 2 || leak != null || shown.contains("Exception") || shown.contains("\tat ")) {
                failures.add("case #" + urls.indexOf(url) + " (seed " + SEED + "): exit " + run.exit()
                        + (leak != null ? ", shows '" + leak + "'" : "") + "\n" + run.err());
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + urls.size() + " cases");
    }

    /** The first 2+ character piece of the password (or of its stray-percent variants) that {@code text} holds. */
    private static String fragmentOfPassword(String text) {
        for (String secret : List.of(PASSWORD, "%" + PASSWORD, PASSWORD + "%")) {
            for (int i = 0; i + 2 <= secret.length(); i++) {
                String piece = secret.substring(i, i + 2);
                if (text.contains(piece)) {
                    return piece;
                }
            }
        }
        return null;
    }

    private static List<String> urls(SplittableRandom random, int count) {
        Set<String> out = new LinkedHashSet<>();
        for (int attempt = 0; out.size() < count && attempt < count * 20; attempt++) {
            out.add(url(random));
        }
        return new ArrayList<>(out);
    }

    private static final String[] STRAY_PERCENT = {"%", "%z", "%zz", "%G1", "%4", "%%", "%-1", "% 2"};
    private static final String[] BAD_PORT = {"99999", "65536", "0", "123456789012", "port", "-1", "1e3", "80a"};
    private static final String[] BAD_SCHEME = {"mysql://", "postgress://", "jdbc:mysql://", "pg://", "http://"};
    private static final String[] DATABASES = {"db", "shop", "a_b", ""};

    /** One URL with at least one defect, the password somewhere in it. */
    private static String url(SplittableRandom random) {
        String db = pick(random, DATABASES);
        String host = random.nextBoolean() ? "localhost" : "db.example";
        String password = PASSWORD;
        String port = random.nextInt(3) == 0 ? ":5432" : "";
        String prefix = null;
        String scheme = random.nextBoolean() ? "postgres://" : "postgresql://";
        boolean jdbc = random.nextInt(3) == 0;
        boolean atBeforeHostInJdbc = false;
        String extraQuery = "";
        switch (random.nextInt(jdbc ? 6 : 5)) {
            case 0 -> password = insert(random, password, pick(random, STRAY_PERCENT));
            case 1 -> port = ":" + pick(random, BAD_PORT);
            case 2 -> prefix = pick(random, BAD_SCHEME);
            case 3 -> extraQuery = random.nextBoolean() ? "=x" : "=" + PASSWORD;
            case 4 -> host = !jdbc && random.nextBoolean() ? "my_host" : "[::1"; // jdbc: reads an underscore
            default -> atBeforeHostInJdbc = true;
        }
        if (random.nextInt(6) == 0) { // a second defect
            password = insert(random, password, pick(random, STRAY_PERCENT));
        }
        String query = extraQuery.isEmpty() ? "" : extraQuery;
        if (jdbc) {
            String base =
                    "jdbc:postgresql://" + (atBeforeHostInJdbc ? "u:" + password + "@" : "") + host + port + "/" + db;
            String params = "user=u&password=" + password + (query.isEmpty() ? "" : "&" + query);
            if (random.nextBoolean()) {
                params = "password=" + password + "&user=u" + (query.isEmpty() ? "" : "&" + query);
            }
            String url = base + "?" + params;
            return prefix == null ? url : prefix + url.substring("jdbc:postgresql://".length());
        }
        boolean inQuery = random.nextInt(4) == 0;
        String userInfo = inQuery ? "u@" : "u:" + password + "@";
        String params = inQuery ? "password=" + password : "";
        if (!query.isEmpty()) {
            params = params.isEmpty() ? query : params + "&" + query;
        }
        if (random.nextBoolean()) {
            params = params.isEmpty() ? "sslmode=disable" : params + "&sslmode=disable";
        }
        String url = (prefix == null ? scheme : prefix) + userInfo + host + port + "/" + db
                + (params.isEmpty() ? "" : "?" + params);
        return url;
    }

    private static String insert(SplittableRandom random, String text, String piece) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
