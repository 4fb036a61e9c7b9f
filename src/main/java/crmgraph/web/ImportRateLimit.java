package crmgraph.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the import endpoints: a burst of {@code burst} requests,
 * refilled at {@code perMinute} a minute. Importing runs NLP over up to {@link ImportHandlers#MAX_BYTES} and takes the one
 * web-import lock, so a client posting in a loop would otherwise keep every other import waiting
 * (and, with a token, could guess it at full speed).
 */
public final class ImportRateLimit {

    /** The limit crmgraph serves with: a preview and a confirm are two requests. */
    public static final int BURST = 20;

    public static final int PER_MINUTE = 10;
    /** Past this many addresses, buckets that have refilled are forgotten. */
    private static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final double burst;
    private final double perMilli;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ImportRateLimit(Clock clock, int burst, int perMinute) {
        this.clock = clock;
        this.burst = burst;
        this.perMilli = perMinute / 60_000.0;
    }

    public static ImportRateLimit standard() {
        return new ImportRateLimit(Clock.systemUTC(), BURST, PER_MINUTE);
    }

    /** Takes one request from the client's bucket; false when it is empty. */
    public boolean tryAcquire(String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.level(now) >= burst);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now);
    }

    /** Seconds until the client's next request would be let through (for Retry-After). */
    public long secondsUntilNext(String client) {
        Bucket b = buckets.get(client);
        if (b == null) {
            return 0;
        }
        double missing = 1 - b.level(clock.millis());
        return missing <= 0 ? 0 : (long) Math.ceil(missing / perMilli / 1000);
    }

    /** Tokens held at the last update; refilled lazily. */
    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        synchronized double level(long now) {
            return Math.min(burst, tokens + Math.max(0, now - updated) * perMilli);
        }

        synchronized boolean take(long now) {
            tokens = level(now);
            updated = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
