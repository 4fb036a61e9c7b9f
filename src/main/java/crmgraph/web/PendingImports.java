package crmgraph.web;

import crmgraph.pipeline.Importer.SourceText;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Texts previewed but not yet confirmed, kept in memory under an unguessable id so the confirm
 * step imports exactly the bytes that were previewed (and a second preview, read another way, needs
 * no second paste). Only a few are kept, for half an hour, and each can be confirmed once.
 */
public final class PendingImports {

    static final int CAPACITY = 16;
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(List<SourceText> decks, Instant created) {}

    public PendingImports(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the decks of one upload (one, or each Anki deck of a package) for preview and confirm. */
    public synchronized String put(List<SourceText> decks) {
        expire();
        while (entries.size() >= CAPACITY) {
            entries.remove(entries.keySet().iterator().next());
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        entries.put(id, new Entry(List.copyOf(decks), clock.instant()));
        return id;
    }

    /** The text previewed under {@code id}, left in place: the student may preview it again, read another way. */
    public synchronized Optional<List<SourceText>> get(String id) {
        expire();
        return Optional.ofNullable(id == null ? null : entries.get(id)).map(Entry::decks);
    }

    /** The text previewed under {@code id}, removed so it cannot be imported twice. */
    public synchronized Optional<List<SourceText>> take(String id) {
        expire();
        return Optional.ofNullable(id == null ? null : entries.remove(id)).map(Entry::decks);
    }

    private void expire() {
        Instant oldest = clock.instant().minus(LIFETIME);
        entries.values().removeIf(e -> e.created().isBefore(oldest));
    }
}
