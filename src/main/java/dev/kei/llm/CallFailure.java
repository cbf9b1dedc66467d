package dev.kei.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.redact.Redactor;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Why one call to the model failed, in words, and whether it is worth another try: rate limits (429) and server
 * errors (5xx) are; a timeout, a refused key or an unknown model are not.
 *
 * @param code the error code the run stops with
 * @param what what happened, e.g. "server error (HTTP 503)"
 * @param retriable whether the call may be retried
 * @param hint the next step for a person
 */
record CallFailure(String code, String what, boolean retriable, String hint) {
    private static final int BODY_SHOWN = 200;

    static CallFailure of(Throwable thrown, LlmSettings settings, Redactor redactor) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return http(http.statusCode(), redactor.clean(http.getMessage()), settings);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return unreachable("no connection within " + seconds(settings.connectTimeout()), settings);
            }
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new CallFailure(
                        "MODEL_TIMEOUT",
                        "no reply within " + seconds(settings.readTimeout()),
                        false,
                        "A slow model or a long prompt: raise --llm-timeout (seconds), or use a faster model.");
            }
            if (t instanceof ConnectException) {
                return unreachable("connection refused", settings);
            }
            if (t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException
                    || t instanceof UnresolvedModelServerException) {
                return unreachable("unknown host", settings);
            }
        }
        String message = thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
        return new CallFailure(
                "MODEL_FAILED",
                "the reply could not be read (" + clip(redactor.clean(message)) + ")",
                false,
                "Check that " + LlmSettings.BASE_URL + " points at an OpenAI-compatible /v1 endpoint.");
    }

    private static CallFailure http(int status, String body, LlmSettings settings) {
        String shown = body == null || body.isBlank() ? "" : ": " + clip(errorMessage(body.strip()));
        if (status == 429) {
            return new CallFailure(
                    "MODEL_RATE_LIMITED",
                    "rate limited (HTTP 429)",
                    true,
                    "Wait, then run the same command again; --llm-retries and --llm-backoff-ms set the patience.");
        }
        if (status >= 500) {
            return new CallFailure(
                    "MODEL_FAILED",
                    "server error (HTTP " + status + shown + ")",
                    true,
                    "The server failed; check its logs, then run the same command again.");
        }
        if (status == 401 || status == 403) {
            return new CallFailure(
                    "MODEL_AUTH",
                    "the key was refused (HTTP " + status + ")",
                    false,
                    "Check the key in " + settings.apiKey().variable() + " (its value is never printed).");
        }
        if (status == 404) {
            return new CallFailure(
                    "MODEL_NOT_FOUND",
                    "no such model or endpoint (HTTP 404" + shown + ")",
                    false,
                    "Check " + LlmSettings.MODEL + " (or --llm-model) and that " + LlmSettings.BASE_URL
                            + " ends in /v1.");
        }
        return new CallFailure(
                "MODEL_REQUEST_REFUSED",
                "the request was refused (HTTP " + status + shown + ")",
                false,
                "The server may not support tool calls with this model; try another --llm-model.");
    }

    /** The {@code error.message} of an OpenAI-style error body, else the body. */
    private static String errorMessage(String body) {
        try {
            JsonNode message = Json.parse(body).path("error").path("message");
            return message.isTextual() && !message.textValue().isBlank() ? message.textValue() : body;
        } catch (JsonProcessingException | RuntimeException e) {
            return body;
        }
    }

    private static CallFailure unreachable(String what, LlmSettings settings) {
        return new CallFailure(
                "MODEL_UNREACHABLE",
                what,
                false,
                "Start the server, or check " + LlmSettings.BASE_URL + " (now " + settings.host() + ").");
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= BODY_SHOWN ? one : one.substring(0, BODY_SHOWN) + "…";
    }
}
