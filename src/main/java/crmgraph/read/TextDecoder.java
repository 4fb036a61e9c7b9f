package crmgraph.read;

import crmgraph.BadInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and otherwise
 * Windows-1252, which is what old exports from Windows tools are. A UTF-8 file with a few broken
 * bytes stays UTF-8 (the broken bytes become {@link #REPLACEMENT}, which the reader reports by
 * line) rather than turning every accented letter into mojibake. Binary files are refused.
 */
public final class TextDecoder {

    /** What an undecodable byte becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    public static String decode(String fileName, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return normalise(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return normalise(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return normalise(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(fileName + ": line 1: not a text file (binary content)");
        }
        try {
            return normalise(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return normalise(
                    mostlyUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252));
        }
    }

    /** Whether well-formed multi-byte UTF-8 sequences outnumber the broken ones. */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int broken = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80
                    ? 1
                    : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
            } else if (length > 1 && continuations(bytes, i + 1, length - 1)) {
                valid++;
                i += length;
            } else {
                broken++;
                i++;
            }
        }
        return valid > broken;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        if (from + count > bytes.length) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Unifies line ends (CRLF, lone CR) and non-breaking spaces so readers see one shape. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
