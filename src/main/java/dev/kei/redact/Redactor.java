package dev.kei.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kei.db.DatabaseUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in a text, whatever put them there: credentials in URLs ({@code postgres://user:secret@host}),
 * API keys and tokens of known shapes ({@code sk-...}, {@code ghp_...}, AWS access keys), {@code password=...} style
 * assignments, the values of the secret environment variables and the bare password of {@code DATABASE_URL}. Each
 * is replaced by {@link #MASK}; masking is deterministic and a masked text is masked again unchanged.
 */
public final class Redactor {
    public static final String MASK = "[redacted]";

    /** Variables whose values are secrets wherever they turn up. */
    public static final List<String> SECRET_VARIABLES =
            List.of("DATABASE_URL", "PGPASSWORD", "MYSQL_PWD", "KEI_LLM_API_KEY");

    private static final Pattern URL_CREDENTIALS =
            Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@:]*:[^/\\s@]*@");
    /** OpenAI and Anthropic keys, GitHub tokens, Slack tokens, AWS access key ids. */
    private static final Pattern KEYS = Pattern.compile("\\bsk-(?:[A-Za-z0-9]+-)*[A-Za-z0-9_-]{16,}"
            + "|\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|\\bgithub_pat_[A-Za-z0-9_]{20,}"
            + "|\\bxox[abprs]-[A-Za-z0-9-]{10,}|\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b");
    /** {@code password=...}, {@code aws_secret_access_key = ...}: the name stays, the value goes. */
    private static final Pattern ASSIGNED = Pattern.compile("(?i)\\b((?:[a-z0-9]+_)*(?:password|passwd|pwd|secret"
            + "|token|api_?key|access_?key|secret_access_key|private_key)\\s*=\\s*['\"]?)([^\\s&;,'\"()\\[\\]]+)");

    private static final int SHORTEST_SECRET = 6;

    private final List<String> secrets;
    private final DatabaseUrl databaseUrl;

    private Redactor(List<String> secrets, DatabaseUrl databaseUrl) {
        List<String> kept = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && s.strip().length() >= SHORTEST_SECRET) {
                kept.add(s.strip());
            }
        }
        kept.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(kept);
        this.databaseUrl = databaseUrl;
    }

    /** Masks the patterns and the values of {@link #SECRET_VARIABLES} in {@code env}, and {@code more} values. */
    public static Redactor of(Map<String, String> env, String... more) {
        List<String> secrets =
                new ArrayList<>(List.of(more).stream().filter(s -> s != null).toList());
        SECRET_VARIABLES.forEach(v -> secrets.add(env.get(v)));
        return new Redactor(secrets, databaseUrl(env.get("DATABASE_URL")).orElse(null));
    }

    private static Optional<DatabaseUrl> databaseUrl(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DatabaseUrl.parse(value));
        } catch (DatabaseUrl.InvalidUrlException e) {
            return Optional.empty(); // its whole value is still masked
        }
    }

    /** {@code text} with every credential masked; null stays null. */
    public String clean(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        out = URL_CREDENTIALS.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK + "@"));
        out = KEYS.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        out = ASSIGNED.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
        return databaseUrl == null ? out : databaseUrl.scrubAlone(out, MASK);
    }

    /** A copy of {@code node} with every text value cleaned (field names are kept: they name questions). */
    public JsonNode clean(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String cleaned = clean(node.textValue());
            return cleaned.equals(node.textValue()) ? node : TextNode.valueOf(cleaned);
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), clean(f.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(clean(item)));
            return copy;
        }
        return node;
    }
}
