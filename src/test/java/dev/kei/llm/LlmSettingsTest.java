package dev.kei.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.redact.Redactor;
import java.time.Duration;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
    static final LlmSettings.Overrides NONE = new LlmSettings.Overrides(null, null, null, null, null, null, null, null);
    static final Map<String, String> ENV = Map.of(
            "KEI_LLM_BASE_URL", "http://localhost:11434/v1",
            "KEI_LLM_MODEL", "llama3.1",
            "KEI_LLM_API_KEY", "sk-secret-value-123456");

    @Test
    void theEnvironmentGivesTheDefaultsAndFlagsOverrideIt() throws Exception {
        LlmSettings s = LlmSettings.resolve(NONE, ENV);
        assertEquals("http://localhost:11434", s.host());
        assertEquals("llama3.1", s.model());
        assertEquals(Duration.ofSeconds(120), s.readTimeout());
        assertEquals(Duration.ofSeconds(10), s.connectTimeout());
        assertEquals(4, s.backoff().retries());
        assertEquals(3, s.attempts());

        LlmSettings o = LlmSettings.resolve(
                new LlmSettings.Overrides("https://api.openai.com/v1", "gpt-4o-mini", null, 2.5, null, 0, 10L, 5), ENV);
        assertEquals("https://api.openai.com", o.host());
        assertEquals("gpt-4o-mini", o.model());
        assertEquals(Duration.ofMillis(2500), o.readTimeout());
        assertEquals(0, o.backoff().retries());
        assertEquals(5, o.attempts());
    }

    @Test
    void theKeyIsNeverPartOfWhatTheSettingsShow() throws Exception {
        LlmSettings s = LlmSettings.resolve(NONE, ENV);
        assertFalse(s.toString().contains("sk-secret-value-123456"), s.toString());
        assertTrue(s.toString().contains("KEI_LLM_API_KEY (set)"), s.toString());
    }

    @Test
    void aServerWithoutAKeyIsFine() throws Exception {
        LlmSettings s = LlmSettings.resolve(
                NONE, Map.of("KEI_LLM_BASE_URL", "http://localhost:8000/v1", "KEI_LLM_MODEL", "qwen"));
        assertFalse(s.apiKey().present());
    }

    @Test
    void wrongSettingsSayWhatToSet() {
        LlmSettingsException e = assertThrows(
                LlmSettingsException.class, () -> LlmSettings.resolve(NONE, Map.of("KEI_LLM_BASE_URL", "http://x/v1")));
        assertTrue(e.getMessage().contains("KEI_LLM_MODEL is not set"), e.getMessage());
        e = assertThrows(
                LlmSettingsException.class,
                () -> LlmSettings.resolve(
                        new LlmSettings.Overrides("ftp://x/v1", null, null, null, null, null, null, null), ENV));
        assertTrue(e.getMessage().contains("http:// or https://"), e.getMessage());
        e = assertThrows(
                LlmSettingsException.class,
                () -> LlmSettings.resolve(
                        new LlmSettings.Overrides(null, null, "OPENAI_API_KEY", null, null, null, null, null), ENV));
        assertTrue(e.getMessage().contains("OPENAI_API_KEY, which is not set"), e.getMessage());
        e = assertThrows(
                LlmSettingsException.class,
                () -> LlmSettings.resolve(
                        new LlmSettings.Overrides(null, null, null, 0.0, null, null, null, null), ENV));
        assertTrue(e.getMessage().contains("--llm-timeout"), e.getMessage());
    }

    @Test
    void backoffDoublesWithJitterAndStaysUnderItsCap() {
        Backoff b = new Backoff(6, Duration.ofMillis(100), Duration.ofMillis(1600));
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        long[][] bounds = {{50, 100}, {100, 200}, {200, 400}, {400, 800}, {800, 1600}, {800, 1600}};
        for (int retry = 1; retry <= 6; retry++) {
            for (int i = 0; i < 50; i++) {
                long ms = b.delay(retry, random).toMillis();
                assertTrue(
                        ms >= bounds[retry - 1][0] && ms <= bounds[retry - 1][1], "retry " + retry + ": " + ms + " ms");
            }
        }
    }

    @Test
    void theRedactorMasksKeysDatabaseUrlsAndUrlCredentials() {
        Redactor r = Redactor.of(
                Map.of("DATABASE_URL", "postgres://u:p@h/db"),
                new ApiKey("KEI_LLM_API_KEY", "sk-secret-value-123456").reveal().orElseThrow());
        assertEquals(
                "key [redacted], db [redacted], other https://[redacted]@example.com/x, plain http://example.com",
                r.clean("key sk-secret-value-123456, db postgres://u:p@h/db, other https://me:pw@example.com/x,"
                        + " plain http://example.com"));
    }
}
