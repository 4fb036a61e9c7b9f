package crmgraph.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the item generator that stored items were made by: {@link #RELEASE}, raised by hand
 * when the rules change in a way the code does not show (a model file of the same name), and a hash
 * of the compiled classes that generate items and the language models' code (the quiz and nlp
 * packages, whose model file names carry their versions). Any build with changed generation code
 * therefore rebuilds every item instead of serving those of the old rules; a rebuilt but unchanged
 * jar serves the stored ones. Raise {@link #RELEASE} too when only a library the rules use changes
 * (OpenNLP itself, Commons Text).
 */
final class GeneratorVersion {

    static final int RELEASE = 1;

    private static final List<String> PACKAGES = List.of("crmgraph/quiz/", "crmgraph/nlp/");

    private static volatile String current;

    private GeneratorVersion() {}

    static String current() {
        String v = current;
        if (v == null) {
            v = RELEASE + "-" + codeHash();
            current = v;
        }
        return v;
    }

    /** SHA-256 of the class files of the generating packages, by name, from the jar or directory they were loaded from. */
    private static String codeHash() {
        try {
            Path source = Path.of(GeneratorVersion.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Map<String, byte[]> classes = Files.isDirectory(source) ? fromDirectory(source) : fromJar(source);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    out.put(pkg + f.getFileName(), Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                String name = e.getName();
                boolean generating =
                        PACKAGES.stream().anyMatch(p -> name.startsWith(p) && name.indexOf('/', p.length()) < 0);
                if (generating && name.endsWith(".class")) {
                    try (InputStream in = file.getInputStream(e)) {
                        out.put(name, in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }
}
