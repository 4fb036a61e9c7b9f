package crmgraph.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Item ids: a type letter and a hash of what the item tests, URL-safe and stable. */
final class Ids {

    private Ids() {}

    static String of(char type, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(Words.normal(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return type + "-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deterministic seed from an id, for shuffles that must come out the same every time. */
    static long seed(String id) {
        return id.hashCode() * 0x9E3779B97F4A7C15L;
    }
}
