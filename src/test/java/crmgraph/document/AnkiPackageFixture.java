package crmgraph.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.Collation;

/**
 * Writes real Anki packages with sqlite-jdbc, in the two layouts Anki writes, using the CREATE TABLE
 * statements of Anki's own source (ankitects/anki {@code rslib/src/storage}):
 * <ul>
 *   <li>{@link Layout#SCHEMA_11}: {@code collection.anki21} in schema 11 ({@code schema11.sql}), note types and
 *   decks as JSON in {@code col.models} and {@code col.decks}, as Anki 2.1.x writes a {@code .apkg} (and current
 *   Anki's "support older Anki versions" export);</li>
 *   <li>{@link Layout#SCHEMA_18}: {@code collection.anki21b}, Zstandard-compressed, in schema 18 (schema 11 plus
 *   {@code upgrades/schema14_upgrade.sql}, {@code schema15_upgrade.sql}, {@code schema17_upgrade.sql} and
 *   {@code schema18_upgrade.sql}: tables {@code notetypes}, {@code fields}, {@code templates}, {@code decks},
 *   deck levels separated by {@code \x1f}), beside a {@code meta} entry and the legacy {@code collection.anki2}
 *   stub holding only a "please update Anki" note, as Anki 23.10 and later write a package.</li>
 * </ul>
 * Both carry a {@code media} map and one numbered media file.
 */
final class AnkiPackageFixture {

    enum Layout {
        SCHEMA_11,
        SCHEMA_18
    }

    /** A note type: its id, name, whether it is a Cloze type, and its field names in order. */
    record NoteType(long id, String name, boolean cloze, List<String> fields) {}

    static final NoteType BASIC = new NoteType(1_681_000_000_001L, "Basic", false, List.of("Front", "Back"));
    /** A student's own type whose fields stand the other way round: definition first. */
    static final NoteType DEFINITION_FIRST =
            new NoteType(1_681_000_000_002L, "CRM glossary", false, List.of("Definition", "Term"));
    /** A third field after Term and Definition. */
    static final NoteType EXAMPLE =
            new NoteType(1_681_000_000_004L, "Term with example", false, List.of("Term", "Definition", "Example"));

    static final NoteType CLOZE = new NoteType(1_681_000_000_003L, "Cloze", true, List.of("Text", "Back Extra"));
    static final long DEFAULT_DECK = 1;

    private record Deck(long id, String name) {}

    private record Note(long id, NoteType type, String tags, List<String> fields) {}

    private record Card(long id, long noteId, long deckId, int ord) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_11 = """
            create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
              ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
              models text not null, decks text not null, dconf text not null, tags text not null);
            create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
              usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
              flags integer not null, data text not null);
            create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
              mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
              ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
              left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
            create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
              ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
              type integer not null);
            create table graves (usn integer not null, oid integer not null, type integer not null);
            create index ix_notes_usn on notes (usn);
            create index ix_cards_usn on cards (usn);
            create index ix_revlog_usn on revlog (usn);
            create index ix_cards_nid on cards (nid);
            create index ix_cards_sched on cards (did, queue, due);
            create index ix_revlog_cid on revlog (cid);
            create index ix_notes_csum on notes (csum);
            """;
    /** Schema 14 to 18 upgrades, applied on schema 11 (graves as schema 18 leaves it). */
    private static final String SCHEMA_18_UPGRADES = """
            create table deck_config (id integer primary key not null, name text not null collate unicase,
              mtime_secs integer not null, usn integer not null, config blob not null);
            create table config (key text not null primary key, usn integer not null, mtime_secs integer not null,
              val blob not null) without rowid;
            create table fields (ntid integer not null, ord integer not null, name text not null collate unicase,
              config blob not null, primary key (ntid, ord)) without rowid;
            create unique index idx_fields_name_ntid on fields (name, ntid);
            create table templates (ntid integer not null, ord integer not null, name text not null collate unicase,
              mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord)) without rowid;
            create unique index idx_templates_name_ntid on templates (name, ntid);
            create index idx_templates_usn on templates (usn);
            create table notetypes (id integer not null primary key, name text not null collate unicase,
              mtime_secs integer not null, usn integer not null, config blob not null);
            create unique index idx_notetypes_name on notetypes (name);
            create index idx_notetypes_usn on notetypes (usn);
            create table decks (name text not null primary key collate unicase, id integer not null,
              mtime_secs integer not null, usn integer not null, common bytes not null, kind bytes not null);
            create unique index idx_decks_id on decks (id);
            create table tags (id integer primary key not null, name text not null collate unicase, usn integer not null,
              config blob not null);
            drop table graves;
            create table graves (oid integer not null, type integer not null, usn integer not null,
              primary key (oid, type)) without rowid;
            create index idx_graves_pending on graves (usn);
            """;

    private final List<Deck> decks = new ArrayList<>(List.of(new Deck(DEFAULT_DECK, "Default")));
    private final List<Note> notes = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();

    AnkiPackageFixture deck(long id, String name) {
        decks.add(new Deck(id, name));
        return this;
    }

    /** A note with its first card (ord 0) in the deck. */
    AnkiPackageFixture note(long id, NoteType type, long deckId, String tags, String... fields) {
        notes.add(new Note(id, type, tags, List.of(fields)));
        return card(id, deckId, 0);
    }

    /** A further card; card ids count down as ord goes up, so a note's first card by id is its last by ord. */
    AnkiPackageFixture card(long noteId, long deckId, int ord) {
        cards.add(new Card(noteId + 1000 - ord, noteId, deckId, ord));
        return this;
    }

    /** A further zip entry, written after the collection and media. */
    AnkiPackageFixture entry(String name, byte[] bytes) {
        extraEntries.put(name, bytes);
        return this;
    }

    /** The package as Anki writes it in that layout. */
    byte[] apkg(Layout layout) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (layout == Layout.SCHEMA_11) {
            entries.put("collection.anki21", collection(Layout.SCHEMA_11));
        } else {
            entries.put("meta", new byte[] {0x08, 0x03});
            entries.put("collection.anki21b", Zstd.compress(collection(Layout.SCHEMA_18)));
            entries.put("collection.anki2", updateStub());
        }
        entries.put("media", "{\"0\": \"crm-cycle.png\"}".getBytes(StandardCharsets.UTF_8));
        entries.put("0", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        entries.putAll(extraEntries);
        return zip(entries);
    }

    /** The collection file alone (an SQLite database) in that layout, uncompressed. */
    byte[] collection(Layout layout) {
        return withDatabase(db -> {
            if (layout == Layout.SCHEMA_11) {
                writeSchema11(db);
            } else {
                writeSchema18(db);
            }
        });
    }

    /** What current Anki puts in {@code collection.anki2} beside a {@code collection.anki21b}. */
    private static byte[] updateStub() {
        return new AnkiPackageFixture()
                .note(
                        1_600_000_000_000L,
                        BASIC,
                        DEFAULT_DECK,
                        "",
                        "Please update to the latest Anki version, then import the .colpkg/.apkg file again.",
                        "")
                .collection(Layout.SCHEMA_11);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private interface Writer {
        void write(Connection db) throws SQLException;
    }

    private static byte[] withDatabase(Writer writer) {
        Path file = null;
        try {
            file = Files.createTempFile("anki-fixture-", ".sqlite");
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                Collation.create(db, "unicase", new Collation() {
                    @Override
                    protected int xCompare(String a, String b) {
                        return a.compareToIgnoreCase(b);
                    }
                });
                writer.write(db);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private void writeSchema11(Connection db) throws SQLException {
        execute(db, SCHEMA_11);
        try (PreparedStatement col =
                db.prepareStatement("insert into col values (1, 1681000000, 1681000000000, 1681000000000, 11,"
                        + " 0, 0, 0, '{}', ?, ?, '{}', '{}')")) {
            col.setString(1, modelsJson());
            col.setString(2, decksJson());
            col.executeUpdate();
        }
        writeNotesAndCards(db);
    }

    private void writeSchema18(Connection db) throws SQLException {
        execute(db, SCHEMA_11);
        execute(db, SCHEMA_18_UPGRADES);
        execute(
                db,
                "insert into col values (1, 1681000000, 1681000000000, 1681000000000, 18, 0, 0, 0, '', '', '', '', '')");
        try (PreparedStatement type = db.prepareStatement("insert into notetypes values (?, ?, 1681000000, -1, ?)");
                PreparedStatement field = db.prepareStatement("insert into fields values (?, ?, ?, ?)");
                PreparedStatement template =
                        db.prepareStatement("insert into templates values (?, 0, 'Card 1', 1681000000, -1, ?)")) {
            for (NoteType t : List.of(BASIC, DEFINITION_FIRST, EXAMPLE, CLOZE)) {
                type.setLong(1, t.id());
                type.setString(2, t.name());
                type.setBytes(3, noteTypeConfig(t.cloze()));
                type.executeUpdate();
                for (int ord = 0; ord < t.fields().size(); ord++) {
                    field.setLong(1, t.id());
                    field.setInt(2, ord);
                    field.setString(3, t.fields().get(ord));
                    field.setBytes(4, new byte[0]);
                    field.executeUpdate();
                }
                template.setLong(1, t.id());
                template.setBytes(2, new byte[0]);
                template.executeUpdate();
            }
        }
        try (PreparedStatement deck = db.prepareStatement("insert into decks values (?, ?, 1681000000, -1, ?, ?)")) {
            for (Deck d : decks) {
                deck.setString(1, d.name().replace("::", "\u001f"));
                deck.setLong(2, d.id());
                deck.setBytes(3, new byte[0]);
                deck.setBytes(4, new byte[] {0x0a, 0x00}); // Deck.kind: an empty Normal message (field 1)
                deck.executeUpdate();
            }
        }
        writeNotesAndCards(db);
    }

    /** Notetype.Config: kind (field 1) is written only when Cloze (1); then the card's CSS (field 3). */
    private static byte[] noteTypeConfig(boolean cloze) {
        byte[] css = ".card { font-family: arial; }".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (cloze) {
            out.write(0x08);
            out.write(0x01);
        }
        out.write(0x1a);
        out.write(css.length);
        out.writeBytes(css);
        return out.toByteArray();
    }

    private void writeNotesAndCards(Connection db) throws SQLException {
        try (PreparedStatement note =
                db.prepareStatement("insert into notes values (?, ?, ?, 1681000000, -1, ?, ?, ?, ?, 0, '')")) {
            for (Note n : notes) {
                note.setLong(1, n.id());
                note.setString(2, "guid" + n.id());
                note.setLong(3, n.type().id());
                note.setString(4, n.tags().isEmpty() ? "" : " " + n.tags() + " ");
                note.setString(5, String.join("\u001f", n.fields()));
                note.setString(6, n.fields().get(0));
                note.setLong(7, n.fields().get(0).hashCode() & 0x7fffffffL);
                note.executeUpdate();
            }
        }
        try (PreparedStatement card = db.prepareStatement(
                "insert into cards values (?, ?, ?, ?, 1681000000, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            for (Card c : cards) {
                card.setLong(1, c.id());
                card.setLong(2, c.noteId());
                card.setLong(3, c.deckId());
                card.setInt(4, c.ord());
                card.setLong(5, c.id() % 100_000);
                card.executeUpdate();
            }
        }
    }

    private String modelsJson() {
        ObjectNode models = JSON.createObjectNode();
        for (NoteType t : List.of(BASIC, DEFINITION_FIRST, EXAMPLE, CLOZE)) {
            ObjectNode model = models.putObject(Long.toString(t.id()));
            model.put("id", t.id())
                    .put("name", t.name())
                    .put("type", t.cloze() ? 1 : 0)
                    .put("sortf", 0)
                    .put("did", DEFAULT_DECK)
                    .put("usn", -1)
                    .put("css", ".card { font-family: arial; }");
            ArrayNode fields = model.putArray("flds");
            // written out of ord order on purpose: readers must sort by ord
            for (int ord = t.fields().size() - 1; ord >= 0; ord--) {
                fields.addObject()
                        .put("name", t.fields().get(ord))
                        .put("ord", ord)
                        .put("sticky", false)
                        .put("rtl", false)
                        .put("font", "Arial")
                        .put("size", 20);
            }
            model.putArray("tmpls")
                    .addObject()
                    .put("name", "Card 1")
                    .put("ord", 0)
                    .put("qfmt", "{{" + t.fields().get(0) + "}}");
        }
        return models.toString();
    }

    private String decksJson() {
        ObjectNode json = JSON.createObjectNode();
        for (Deck d : decks) {
            json.putObject(Long.toString(d.id()))
                    .put("id", d.id())
                    .put("name", d.name())
                    .put("dyn", 0)
                    .put("conf", 1);
        }
        return json.toString();
    }

    private static void execute(Connection db, String script) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }
}
