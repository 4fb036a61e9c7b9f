package crmgraph.quiz;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
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
 * A topic's items as stored with the graph: gzipped JSON, each item named by its record type (every
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

    static byte[] encode(List<QuizItem> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            MAPPER.writerFor(ITEMS).writeValue(gzip, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The items, or empty when the bytes are not items this version can read. */
    static Optional<List<QuizItem>> decode(byte[] stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return Optional.of(List.copyOf(MAPPER.readValue(gzip, ITEMS)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
