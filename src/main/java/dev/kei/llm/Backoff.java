package dev.kei.llm;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a rate-limited (429) or failing (5xx) call is retried: exponential delays from
 * {@code first}, capped at {@code max}, each with jitter (between half and all of the step) so that clients do not
 * retry in lock step.
 *
 * @param retries how many retries after the first call; 0 means none
 */
public record Backoff(int retries, Duration first, Duration max) {
    public Backoff {
        if (retries < 0 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retries must be >= 0 and 0 <= first <= max");
        }
    }

    /** The wait before retry {@code retry} (1 for the first retry). */
    public Duration delay(int retry, RandomGenerator random) {
        long step = first.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(step, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (capped - half == 0 ? 0 : random.nextLong(capped - half + 1)));
    }
}
