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
 * Topics' items as stored with the graph (in chunks of many topics), and the parts of the material
 * they were made from: gzipped JSON, each item named by its record type (every
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

    /** One topic's items under the key of what they were made from, as a chunk holds them. */
    record Keyed(String key, List<QuizItem> items) {}

    /** A slice of the study material: a build stores it in a few parts, decoded in parallel. */
    record MaterialPart(List<StudyMaterial.Concept> concepts, List<StudyMaterial.Link> links) {}

    private static final TypeReference<List<Keyed>> CHUNK = new TypeReference<>() {};

    static byte[] encode(List<QuizItem> items) {
        return write(MAPPER.writerFor(ITEMS), items);
    }

    /** The items, or empty when the bytes are not items this version can read. */
    static Optional<List<QuizItem>> decode(byte[] stored) {
        return read(stored, ITEMS).map(List::copyOf);
    }

    /** Many topics' items, stored as one chunk. */
    static byte[] encodeChunk(List<Keyed> topics) {
        return write(MAPPER.writerFor(CHUNK), topics);
    }

    /** A chunk's topics, or empty when the bytes are not a chunk this version can read. */
    static Optional<List<Keyed>> decodeChunk(byte[] stored) {
        return read(stored, CHUNK);
    }

    static byte[] encode(MaterialPart part) {
        return write(MAPPER.writerFor(MaterialPart.class), part);
    }

    static Optional<MaterialPart> decodeMaterial(byte[] stored) {
        return read(stored, new TypeReference<MaterialPart>() {});
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
