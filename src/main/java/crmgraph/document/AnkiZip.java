package crmgraph.document;

import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdIOException;
import com.github.luben.zstd.ZstdInputStream;
import crmgraph.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The zip of an Anki package, from which only the collection (an SQLite file) is taken. Entry names
 * are only compared, never used as paths: nothing but the chosen collection is written, and only to
 * the temp file the caller gives. Every byte unpacked counts against {@link #MAX_UNPACKED_BYTES}, so
 * a zip bomb stops with a message instead of filling the disk.
 */
final class AnkiZip {

    /** More than any real collection; a package unpacking to more is taken for a zip bomb. */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    /** The collection entries Anki writes, oldest first: a newer one present wins. */
    enum Collection {
        /** Schema 11, written by Anki 2.0 and by 2.1's legacy export; a current export's "please update" stub. */
        ANKI2("collection.anki2", false),
        /** Schema 11, written by Anki 2.1.x for scheduler v2 collections. */
        ANKI21("collection.anki21", false),
        /** Schema 18 compressed with Zstandard, written by Anki 2.1.50 and later. */
        ANKI21B("collection.anki21b", true);

        private final String entryName;
        private final boolean zstd;

        Collection(String entryName, boolean zstd) {
            this.entryName = entryName;
            this.zstd = zstd;
        }

        static Optional<Collection> named(String entryName) {
            return Arrays.stream(values())
                    .filter(c -> c.entryName.equals(entryName))
                    .findFirst();
        }
    }

    private AnkiZip() {}

    /** Whether bytes start like a zip file (an entry, or the end record of an empty zip). */
    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, LOCAL_HEADER) || startsWith(bytes, EMPTY_ZIP);
    }

    /**
     * Writes the newest collection of the package to {@code target} (decompressed), and says which it was.
     * Anki writes its collections before the media, so the media is not read once a collection is found.
     */
    static Collection extractCollection(String fileName, byte[] bytes, Path target) {
        Budget budget = new Budget(fileName);
        Collection best = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Optional<Collection> kind = Collection.named(entry.getName());
                if (kind.isPresent() && (best == null || kind.get().compareTo(best) > 0)) {
                    copy(fileName, kind.get(), budget.counted(zip), target, budget);
                    best = kind.get();
                    if (best == Collection.ANKI21B) {
                        break;
                    }
                } else if (best != null && isMedia(entry.getName())) {
                    break;
                } else {
                    budget.counted(zip).transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            String reason =
                    e instanceof java.io.EOFException || e.getMessage() == null ? "it ends too early" : e.getMessage();
            throw new BadInputException(
                    fileName + ": the Anki package is damaged or truncated (its zip cannot be read: " + reason + ")",
                    e);
        }
        if (best == null) {
            throw new BadInputException(fileName + ": not an Anki package: no collection inside");
        }
        return best;
    }

    private static void copy(String fileName, Collection kind, InputStream entry, Path target, Budget budget)
            throws IOException {
        if (!kind.zstd) {
            Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (ZstdInputStream collection = new ZstdInputStream(entry)) {
            Files.copy(budget.counted(collection), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (ZstdException | ZstdIOException e) {
            throw new BadInputException(
                    fileName + ": the Anki collection inside is damaged or truncated (" + e.getMessage() + ")", e);
        }
    }

    /** The media map ("media") and the media files, named by number ("0", "1", …). */
    private static boolean isMedia(String entryName) {
        return entryName.equals("media") || entryName.matches("\\d+");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The bytes unpacked so far from one package, over all its streams. */
    private static final class Budget {

        private final String fileName;
        private long used;

        Budget(String fileName) {
            this.fileName = fileName;
        }

        void spend(long n) {
            used += n;
            if (used > MAX_UNPACKED_BYTES) {
                throw new BadInputException(fileName + ": the Anki package unpacks to more than "
                        + (MAX_UNPACKED_BYTES >> 20) + " MB; it is refused as a possible zip bomb");
            }
        }

        /** The stream, counted against the budget; closing it leaves the stream under it open (the zip goes on). */
        InputStream counted(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        spend(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        spend(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    return read(new byte[(int) Math.min(n, 8192)]);
                }

                @Override
                public void close() {
                    // the zip's next entry is still to be read
                }
            };
        }
    }
}
