package crmgraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex, the one hash crmgraph keys things by (file identity, card confirmations, short ids). */
public final class Hashes {

    private Hashes() {}

    public static String sha256(byte[] bytes) {
        return hex(digest(bytes), 32);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@code bytes} bytes of the text's SHA-256, in hex: short keys where a whole digest is more than needed. */
    public static String sha256Prefix(String text, int bytes) {
        return hex(digest(text.getBytes(StandardCharsets.UTF_8)), bytes);
    }

    private static String hex(byte[] digest, int bytes) {
        return HexFormat.of().formatHex(digest, 0, bytes);
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
