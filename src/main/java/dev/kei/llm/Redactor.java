package dev.kei.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last check on every text bound for a model: credentials in URLs ({@code postgres://user:secret@host}) and
 * the values of the API key and of the database variables are masked, whatever put them in the text.
 */
final class Redactor {
    static final String MASK = "[redacted]";

    /** Variables whose values are secrets wherever they turn up. */
    static final List<String> SECRET_VARIABLES = List.of("DATABASE_URL", "PGPASSWORD", "MYSQL_PWD");

    private static final Pattern URL_CREDENTIALS =
            Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@:]*:[^/\\s@]*@");
    private static final int SHORTEST_SECRET = 6;

    private final List<String> secrets;

    Redactor(List<String> secrets) {
        List<String> kept = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && s.strip().length() >= SHORTEST_SECRET) {
                kept.add(s.strip());
            }
        }
        kept.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(kept);
    }

    /** Masks the key and the values of {@link #SECRET_VARIABLES} in {@code env}. */
    static Redactor of(ApiKey key, Map<String, String> env) {
        List<String> secrets = new ArrayList<>();
        key.reveal().ifPresent(secrets::add);
        SECRET_VARIABLES.forEach(v -> secrets.add(env.get(v)));
        return new Redactor(secrets);
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        Matcher m = URL_CREDENTIALS.matcher(out);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK + "@"));
    }
}
