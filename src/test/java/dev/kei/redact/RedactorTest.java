package dev.kei.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of credential masked, once and for good: masking a masked text changes nothing. */
class RedactorTest {
    private final Redactor redactor = Redactor.of(Map.of("DATABASE_URL", "postgres://app:Zq9BarePw@db/shop"));

    @Test
    void everyKindOfCredentialIsMaskedAndTheMaskIsStable() {
        String text = "db postgres://admin:Hunter2Qz@host/prod, key sk-proj-Abc123def456ghi789JKLmno, token"
                + " ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8, aws AKIAIOSFODNN7EXAMPLE"
                + " aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY password='S3cretPass!' and Zq9BarePw";
        String masked = "db postgres://[redacted]@host/prod, key [redacted], token [redacted], aws [redacted]"
                + " aws_secret_access_key=[redacted] password='[redacted]' and [redacted]";
        assertEquals(masked, redactor.clean(text));
        assertEquals(masked, redactor.clean(masked));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text =
                "a bookshop: users(password_hash text!, token text unique), sk-1, Zq9BarePwd, https://example.com";
        assertEquals(text, redactor.clean(text));
    }
}
