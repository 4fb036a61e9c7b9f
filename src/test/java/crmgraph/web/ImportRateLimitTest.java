package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ImportRateLimitTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_burst_is_let_through_then_one_request_per_refill_interval_and_clients_are_counted_apart() {
        Hand clock = new Hand();
        ImportRateLimit limit = new ImportRateLimit(clock, 3, 6);
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.secondsUntilNext("a")).isEqualTo(10);
        assertThat(limit.tryAcquire("b")).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(9));
        assertThat(limit.tryAcquire("a")).isFalse();
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        clock.now = clock.now.plus(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.tryAcquire("a"))
                    .as("refilled to the burst, not beyond")
                    .isTrue();
        }
        assertThat(limit.tryAcquire("a")).isFalse();
    }
}
