package dev.kei.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the bridge's model is and how patiently it is called. Read from the environment ({@code KEI_LLM_BASE_URL},
 * {@code KEI_LLM_MODEL}, the key from {@code KEI_LLM_API_KEY} or the variable {@code apiKeyVariable} names),
 * with command-line values taking precedence; the key itself is never a command-line value.
 *
 * @param baseUrl the OpenAI-compatible endpoint, e.g. {@code http://localhost:11434/v1}; no credentials in it
 * @param model the model name the server knows
 * @param apiKey the key, from the environment, possibly absent
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a reply
 * @param backoff retries on 429 and 5xx
 * @param attempts how many answers (or replies) per question the model gets before the run stops
 */
public record LlmSettings(
        URI baseUrl,
        String model,
        ApiKey apiKey,
        Duration connectTimeout,
        Duration readTimeout,
        Backoff backoff,
        int attempts) {

    public static final String BASE_URL = "KEI_LLM_BASE_URL";
    public static final String MODEL = "KEI_LLM_MODEL";
    public static final String API_KEY = "KEI_LLM_API_KEY";

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * The command-line side of the settings; null means "not given".
     *
     * @param timeoutSeconds the read timeout
     * @param backoffMillis the first retry's delay
     */
    public record Overrides(
            String baseUrl,
            String model,
            String apiKeyVariable,
            Double timeoutSeconds,
            Double connectTimeoutSeconds,
            Integer retries,
            Long backoffMillis,
            Integer attempts) {}

    /** Resolves the settings from {@code overrides} and {@code env}, or says what is missing or wrong. */
    public static LlmSettings resolve(Overrides o, Map<String, String> env) throws LlmSettingsException {
        String url = firstOf(o.baseUrl(), env.get(BASE_URL));
        if (url == null) {
            throw new LlmSettingsException(
                    "--transport llm needs the model's endpoint: " + BASE_URL + " is not set.",
                    "Set " + BASE_URL + "=http://localhost:11434/v1 (Ollama) or https://api.openai.com/v1, or pass"
                            + " --llm-base-url.");
        }
        String model = firstOf(o.model(), env.get(MODEL));
        if (model == null) {
            throw new LlmSettingsException(
                    "--transport llm needs a model name: " + MODEL + " is not set.",
                    "Set " + MODEL + "=llama3.1 (or the name your server lists), or pass --llm-model.");
        }
        String variable =
                o.apiKeyVariable() == null ? API_KEY : o.apiKeyVariable().strip();
        if (!VARIABLE.matcher(variable).matches()) {
            throw new LlmSettingsException(
                    "--llm-api-key-env takes the name of an environment variable (letters, digits, underscores);"
                            + " what was given is not one, and is not shown.",
                    "Put the key in an environment variable and pass its name, e.g. --llm-api-key-env OPENAI_API_KEY.");
        }
        ApiKey key = new ApiKey(variable, env.get(variable));
        if (o.apiKeyVariable() != null && !key.present()) {
            throw new LlmSettingsException(
                    "--llm-api-key-env names " + variable + ", which is not set.",
                    "Export " + variable + " before the run, or leave out --llm-api-key-env.");
        }
        return new LlmSettings(
                endpoint(url),
                model.strip(),
                key,
                seconds(o.connectTimeoutSeconds(), 10, "--llm-connect-timeout"),
                seconds(o.timeoutSeconds(), 120, "--llm-timeout"),
                backoff(o),
                atLeast(o.attempts(), 3, 1, "--llm-attempts"));
    }

    /** Retries on 429 and 5xx: by default 4, waiting about 1, 2, 4 and 8 seconds (at most 16 s each). */
    private static Backoff backoff(Overrides o) throws LlmSettingsException {
        long first = o.backoffMillis() == null ? 1000 : o.backoffMillis();
        if (first < 0 || first > 60_000) {
            throw new LlmSettingsException("--llm-backoff-ms takes 0 to 60000 milliseconds, not " + first + ".", null);
        }
        return new Backoff(
                atLeast(o.retries(), 4, 0, "--llm-retries"), Duration.ofMillis(first), Duration.ofMillis(first * 16));
    }

    /** Scheme, host and port only: what logs and messages show of the endpoint. */
    public String host() {
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort());
    }

    private static URI endpoint(String text) throws LlmSettingsException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new LlmSettingsException(
                    "The model's base URL is not a URL (" + e.getReason() + ").",
                    "Set " + BASE_URL + " to e.g. http://localhost:11434/v1.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new LlmSettingsException(
                    "The model's base URL holds credentials; kei will not send or show them.",
                    "Remove user:password@ from the URL and put the key in " + API_KEY + ".");
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new LlmSettingsException(
                    "The model's base URL must be http:// or https:// with a host.",
                    "Set " + BASE_URL + " to e.g. http://localhost:11434/v1.");
        }
        return uri;
    }

    private static Duration seconds(Double given, double fallback, String flag) throws LlmSettingsException {
        double s = given == null ? fallback : given;
        if (!(s > 0) || s > 3600) {
            throw new LlmSettingsException(flag + " takes seconds between 0 and 3600, not " + s + ".", null);
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static int atLeast(Integer given, int fallback, int min, String flag) throws LlmSettingsException {
        int n = given == null ? fallback : given;
        if (n < min || n > 20) {
            throw new LlmSettingsException(flag + " takes a number from " + min + " to 20, not " + n + ".", null);
        }
        return n;
    }

    private static String firstOf(String flag, String env) {
        if (flag != null && !flag.isBlank()) {
            return flag.strip();
        }
        return env == null || env.isBlank() ? null : env.strip();
    }
}
