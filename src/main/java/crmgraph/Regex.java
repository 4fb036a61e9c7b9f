package crmgraph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#replaceAll}, {@code replaceFirst}, {@code matches} and {@code split} with each
 * regular expression compiled once per process instead of at every call: the readers and the
 * extractor call them per line and per card, and compiling was a twentieth of an import's CPU.
 * Results are exactly those of the {@code String} methods.
 */
public final class Regex {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {}

    public static Pattern of(String regex) {
        Pattern p = COMPILED.get(regex);
        return p != null ? p : COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    public static String replaceAll(String text, String regex, String replacement) {
        return of(regex).matcher(text).replaceAll(replacement);
    }

    public static String replaceFirst(String text, String regex, String replacement) {
        return of(regex).matcher(text).replaceFirst(replacement);
    }

    public static boolean matches(String text, String regex) {
        return of(regex).matcher(text).matches();
    }

    public static String[] split(String text, String regex) {
        return of(regex).split(text, 0);
    }

    public static String[] split(String text, String regex, int limit) {
        return of(regex).split(text, limit);
    }
}
