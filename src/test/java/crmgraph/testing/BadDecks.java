package crmgraph.testing;

import crmgraph.pipeline.Importer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of awkward deck files, written at test time under target/ (the big ones are sparse,
 * so they cost no disk and no time): every kind of bad input a user's folder of exports holds,
 * next to one good deck that must still land.
 */
public final class BadDecks {

    public static final String GOOD = "good.tsv";
    /** Terms that look like Cypher, JSON, templates, markup: they must be stored and shown as text. */
    public static final String HOSTILE_TERM = "Robert'); MATCH (n) DETACH DELETE n //";

    public static final String[] HOSTILE_TERMS = {
        HOSTILE_TERM,
        "`backtick` {brace} \"quoted\"",
        "RETURN 1 UNION MATCH",
        "{{7*7}} ${jndi:x} <script>alert(1)</script>"
    };

    private BadDecks() {}

    /** Writes the folder and returns it. */
    public static Path write(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "bad-input")).resolve(name + "-" + System.nanoTime());
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve(GOOD),
                    "Share of wallet\tThe part of a customer's spending in a category that goes to one firm.\n"
                            + "Touchpoint\tAny moment where a customer meets the brand.\n");
            Files.write(dir.resolve("empty.txt"), new byte[0]);
            Files.writeString(dir.resolve("blank.txt"), "  \n\t\n \u00A0 \n");
            Files.write(
                    dir.resolve("binary.txt"),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            sparse(dir.resolve("at-limit.txt"), Importer.MAX_FILE_BYTES);
            sparse(dir.resolve("over-limit.txt"), Importer.MAX_FILE_BYTES + 1);
            Files.writeString(
                    dir.resolve("long-line.tsv"),
                    "Retention rate\tThe share of customers a firm keeps over a period.\n"
                            + "word ".repeat(20_000) + "\n"
                            + "Defection\tA customer leaving for a rival.\n");
            Files.write(
                    dir.resolve("invalid-utf8.txt"),
                    concat(
                            "Café loyalty\tRewards for regulars — points, stamps and perks.\n"
                                    .getBytes(StandardCharsets.UTF_8),
                            "Naïve segmentation\tSplitting customers by one trait only.\n"
                                    .getBytes(StandardCharsets.UTF_8),
                            "Broken bytes\tA definition with a stray ".getBytes(StandardCharsets.UTF_8),
                            new byte[] {(byte) 0xFF, (byte) 0xFE},
                            " byte pair inside.\n".getBytes(StandardCharsets.UTF_8)));
            Files.write(
                    dir.resolve("utf16-bom.txt"),
                    concat(
                            new byte[] {(byte) 0xFF, (byte) 0xFE},
                            "Cross-selling\tSelling a customer something related to what they bought.\r\nUp-selling\tSelling a dearer version of the same thing.\r\n"
                                    .getBytes(StandardCharsets.UTF_16LE)));
            Files.write(
                    dir.resolve("windows-1252.txt"),
                    ("Customer délight\tGoing beyond \u201cwhat was promised\u201d.\r\n"
                                    + "Après-sale service\tHelp given after the purchase.\r\n")
                            .getBytes(Charset.forName("windows-1252")));
            Files.writeString(
                    dir.resolve("crlf.tsv"),
                    "Lead\tA person who might buy.\r\nProspect\tA lead that fits the target market.\r\n");
            Files.writeString(
                    dir.resolve("lone-cr.tsv"),
                    "Advocate\tA customer who recommends the firm.\rDetractor\tA customer who warns others off.\r");
            Files.writeString(
                    dir.resolve("tabs-nbsp.md"),
                    "# Service terms\n\n"
                            + "Service\u00A0level\u00A0agreement:\u00A0\tA written promise of how fast and how well a service is given.\n\n"
                            + "First\u00A0contact resolution:\t\tSolving a request at the first contact.\n");
            Files.writeString(dir.resolve("deep-bullets.txt"), deepBullets());
            Files.writeString(
                    dir.resolve("furniture.txt"),
                    "Vocabulary flashcards\n\nHow sure were you?\n1\n2\n3\n4\n5\n\n"
                            + "Get 100% better grades with premium! Sign up at www.example.com\n");
            Files.writeString(dir.resolve("hostile.tsv"), hostile());
            return dir.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String deepBullets() {
        StringBuilder s = new StringBuilder("What are the layers of a loyalty scheme?\n");
        for (int depth = 0; depth < 20; depth++) {
            s.append("  ".repeat(depth)).append("- Layer ").append(depth + 1).append(" of the scheme\n");
        }
        return s.toString();
    }

    private static String hostile() {
        StringBuilder s = new StringBuilder();
        for (String term : HOSTILE_TERMS) {
            s.append(term).append('\t').append("A definition of ").append(term).append(" kept as plain text.\n");
        }
        return s.toString();
    }

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
