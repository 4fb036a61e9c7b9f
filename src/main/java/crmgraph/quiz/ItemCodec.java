package crmgraph.quiz;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import crmgraph.graph.StudyMaterial;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A topic's items as stored with the graph, and the snapshot of the material they were made from:
 * gzipped JSON, each item named by its record type (every
 * permitted {@link QuizItem} type, so a new one needs nothing here). Stored items that cannot be read
 * back (written by another version of the records) are no items at all: they are generated again.
 */
final class ItemCodec {

    private static final TypeReference<List<QuizItem>> ITEMS = new TypeReference<>() {};

    /** Puts each item's type into its JSON, without annotating the item records themselves. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@item")
    private interface Typed {}

    private static final ObjectMapper MAPPER = mapper();

    private ItemCodec() {}

    private static ObjectMapper mapper() {
        ObjectMapper m = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .addMixIn(QuizItem.class, Typed.class)
                .build();
        Arrays.stream(QuizItem.class.getPermittedSubclasses())
                .forEach(type -> m.registerSubtypes(new NamedType(type, type.getSimpleName())));
        return m;
    }

    /** The study material a build read and each topic's key, in the order of the topics. */
    record Snapshot(StudyMaterial material, List<String> topics, List<String> keys) {}

    static byte[] encode(List<QuizItem> items) {
        return write(MAPPER.writerFor(ITEMS), items);
    }

    /** The items, or empty when the bytes are not items this version can read. */
    static Optional<List<QuizItem>> decode(byte[] stored) {
        return read(stored, ITEMS).map(List::copyOf);
    }

    static byte[] encode(Snapshot snapshot) {
        return write(MAPPER.writerFor(Snapshot.class), snapshot);
    }

    static Optional<Snapshot> decodeSnapshot(byte[] stored) {
        return read(stored, new TypeReference<Snapshot>() {})
                .filter(s -> s.topics().size() == s.keys().size());
    }

    private static byte[] write(ObjectWriter writer, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            writer.writeValue(gzip, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> Optional<T> read(byte[] stored, TypeReference<T> type) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return Optional.of(MAPPER.readValue(gzip, type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
