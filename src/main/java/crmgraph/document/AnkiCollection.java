package crmgraph.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crmgraph.BadInputException;
import crmgraph.CrmgraphException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;

/**
 * The notes of an Anki collection file (SQLite), opened read-only with extensions off. Two schemas,
 * as in Anki's source ({@code rslib/src/storage/schema11.sql} and {@code upgrades/schema*_upgrade.sql}):
 * schema 11 keeps note types and decks as JSON in {@code col.models} and {@code col.decks}; schema 15
 * and later (18 in current packages) keeps them in tables {@code notetypes}, {@code fields} and
 * {@code decks}, deck levels separated by {@code \x1f}. Notes and cards are alike in both.
 */
final class AnkiCollection {

    /** Between a note's fields in {@code notes.flds}, and between deck levels in schema 18's {@code decks.name}. */
    private static final String UNIT_SEPARATOR = "\u001f";

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A note's deck is its first card's (lowest ord); a card moved to a filtered deck counts in its home deck
     * ({@code odid}). A note without cards has no deck and is left out, as Anki's exports leave it.
     */
    private static final String NOTES = """
            select n.id, n.mid, n.flds, n.tags,
                   (select case when c.odid != 0 then c.odid else c.did end from cards c
                     where c.nid = n.id order by c.ord, c.id limit 1) as did
            from notes n order by n.id""";

    private AnkiCollection() {}

    /** The notes of the collection that have a card, in id order. */
    static List<AnkiNote> notes(String fileName, Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enableLoadExtension(false);
        try (Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            // Anki's tables name its case-insensitive collation; SQLite needs it to use their indexes
            Collation.create(db, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            try (var pragma = db.createStatement()) {
                pragma.execute("pragma trusted_schema = off");
            }
            boolean tables = hasTable(db, "notetypes");
            Map<Long, AnkiNoteType> types = tables ? noteTypeTables(db) : noteTypeJson(db);
            Map<Long, String> decks = tables ? deckTable(db) : deckJson(db);
            return notes(db, types, decks);
        } catch (SQLException | JsonProcessingException | RuntimeException e) {
            if (e instanceof CrmgraphException c) {
                throw c;
            }
            throw new BadInputException(
                    fileName + ": the Anki collection inside is damaged or truncated (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasTable(Connection db, String name) throws SQLException {
        try (PreparedStatement q =
                db.prepareStatement("select 1 from sqlite_master where type = 'table' and name = ?")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    private static List<AnkiNote> notes(Connection db, Map<Long, AnkiNoteType> types, Map<Long, String> decks)
            throws SQLException {
        List<AnkiNote> notes = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(NOTES);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                long deck = r.getLong("did");
                if (r.wasNull()) {
                    continue;
                }
                AnkiNoteType type = types.getOrDefault(r.getLong("mid"), AnkiNoteType.UNKNOWN);
                List<String> fields = List.of(r.getString("flds").split(UNIT_SEPARATOR, -1));
                String tags = String.join(" ", r.getString("tags").strip().split("\\s+"));
                notes.add(new AnkiNote(r.getLong("id"), decks.getOrDefault(deck, "deck " + deck), type, fields, tags));
            }
        }
        return notes;
    }

    /** Schema 11: {@code col.models} maps a type's id to {name, type (1 = cloze), flds: [{name, ord}]}. */
    private static Map<Long, AnkiNoteType> noteTypeJson(Connection db) throws SQLException, JsonProcessingException {
        Map<Long, AnkiNoteType> types = new HashMap<>();
        var models = JSON.readTree(colColumn(db, "models")).properties();
        for (Map.Entry<String, JsonNode> model : models) {
            JsonNode m = model.getValue();
            List<String> fields = StreamSupport.stream(m.path("flds").spliterator(), false)
                    .sorted(Comparator.comparingInt(f -> f.path("ord").asInt()))
                    .map(f -> f.path("name").asText())
                    .toList();
            types.put(
                    Long.parseLong(model.getKey()),
                    new AnkiNoteType(m.path("name").asText(), m.path("type").asInt() == 1, fields));
        }
        return types;
    }

    /** Schema 11: {@code col.decks} maps a deck's id to {name: "CRM::Week 1", …}. */
    private static Map<Long, String> deckJson(Connection db) throws SQLException, JsonProcessingException {
        Map<Long, String> decks = new HashMap<>();
        for (Map.Entry<String, JsonNode> deck :
                JSON.readTree(colColumn(db, "decks")).properties()) {
            decks.put(
                    Long.parseLong(deck.getKey()), deck.getValue().path("name").asText());
        }
        return decks;
    }

    private static String colColumn(Connection db, String column) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select " + column + " from col");
                ResultSet r = q.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("the collection has no col row");
            }
            return r.getString(1);
        }
    }

    /** Schema 15+: tables {@code notetypes} (config: protobuf Notetype.Config) and {@code fields}. */
    private static Map<Long, AnkiNoteType> noteTypeTables(Connection db) throws SQLException {
        Map<Long, List<String>> fields = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("select ntid, name from fields order by ntid, ord");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                fields.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        Map<Long, AnkiNoteType> types = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("select id, name, config from notetypes");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                types.put(
                        id,
                        new AnkiNoteType(
                                r.getString(2), isClozeConfig(r.getBytes(3)), fields.getOrDefault(id, List.of())));
            }
        }
        return types;
    }

    /**
     * Whether a Notetype.Config protobuf says Cloze: its field 1 is {@code Kind kind} (1 = KIND_CLOZE), which
     * the encoder writes first as the varint tag 0x08 and the value 0x01; a normal type leaves it out.
     */
    static boolean isClozeConfig(byte[] config) {
        return config != null && config.length >= 2 && config[0] == 0x08 && config[1] == 0x01;
    }

    /** Schema 15+: table {@code decks}, the name's levels separated by {@code \x1f}. */
    private static Map<Long, String> deckTable(Connection db) throws SQLException {
        Map<Long, String> decks = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("select id, name from decks");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                decks.put(r.getLong(1), r.getString(2).replace(UNIT_SEPARATOR, "::"));
            }
        }
        return decks;
    }

    /** Deck names in Anki's order: level by level, ignoring case ("CRM" before "CRM::Week 1" before "CRM 2"). */
    static final Comparator<String> DECK_ORDER = (a, b) -> {
        String[] x = a.toLowerCase(Locale.ROOT).split("::", -1);
        String[] y = b.toLowerCase(Locale.ROOT).split("::", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
    };
}
