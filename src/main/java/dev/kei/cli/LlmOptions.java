package dev.kei.cli;

import dev.kei.llm.LlmSettings;
import dev.kei.llm.LlmSettingsException;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags of {@code run --transport llm}. Each overrides its environment variable; the API key has no flag (a
 * flag's value lands in shell history), only {@code --llm-api-key-env} to name the variable that holds it.
 */
final class LlmOptions {
    @Option(
            names = "--llm-base-url",
            paramLabel = "URL",
            description =
                    "The OpenAI-compatible endpoint (default: $KEI_LLM_BASE_URL), e.g. http://localhost:11434/v1.")
    String baseUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "The model (default: $KEI_LLM_MODEL).")
    String model;

    @Option(
            names = "--llm-api-key-env",
            paramLabel = "VAR",
            description = "The environment variable holding the API key (default: KEI_LLM_API_KEY).")
    String apiKeyVariable;

    @Option(
            names = "--llm-timeout",
            paramLabel = "SECONDS",
            description = "How long to wait for a reply (default: 120).")
    Double timeoutSeconds;

    @Option(
            names = "--llm-connect-timeout",
            paramLabel = "SECONDS",
            description = "How long to wait for a connection (default: 10).")
    Double connectTimeoutSeconds;

    @Option(
            names = "--llm-retries",
            paramLabel = "N",
            description = "Retries after HTTP 429 or 5xx, with exponential backoff and jitter (default: 4).")
    Integer retries;

    @Option(
            names = "--llm-backoff-ms",
            paramLabel = "MILLIS",
            description = "The wait before the first retry; each next one doubles (default: 1000).")
    Long backoffMillis;

    @Option(
            names = "--llm-attempts",
            paramLabel = "N",
            description = "Answers the model may give to one question before the run stops (default: 3).")
    Integer attempts;

    boolean any() {
        return baseUrl != null
                || model != null
                || apiKeyVariable != null
                || timeoutSeconds != null
                || connectTimeoutSeconds != null
                || retries != null
                || backoffMillis != null
                || attempts != null;
    }

    LlmSettings settings(Map<String, String> env) throws CliFailure {
        try {
            return LlmSettings.resolve(
                    new LlmSettings.Overrides(
                            baseUrl,
                            model,
                            apiKeyVariable,
                            timeoutSeconds,
                            connectTimeoutSeconds,
                            retries,
                            backoffMillis,
                            attempts),
                    env);
        } catch (LlmSettingsException e) {
            throw new CliFailure(2, "LLM_SETTINGS", e.getMessage(), e.hint());
        }
    }
}
