package crmgraph.resolve;

import crmgraph.Hashes;
import crmgraph.Regex;
import crmgraph.nlp.WordForms;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Normal forms of concept names. The key folds case, accents, punctuation, hyphens, leading
 * articles and plurals, so "The Co-Creation Relationships" and "co creation relationship" share one;
 * the compact form also folds spaces ("self service" = "selfservice"). Ids are URL-safe and derived
 * from the key alone, so they are stable across re-imports.
 */
public final class Keys {

    /** "KPIs", "CRM's": the plural of an acronym is the acronym. */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\b([A-Z]{2,8})(?:'|\u2019)?s\\b");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern REFERENCES = Pattern.compile("\\((def|definition|page \\d+)\\)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\-\u2010-\u2015_/]");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9'&+% ]");
    private static final Pattern ARTICLE = Pattern.compile("^(the|a|an)\\s+");

    /**
     * Keys already computed: the resolver keys every known name again for each deck it resolves,
     * and names repeat across decks. Pure function, so a shared cache is safe; emptied when large.
     */
    private static final int CACHE = 200_000;

    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private Keys() {}

    public static String key(String name) {
        String n = name == null ? "" : name;
        String known = KEYS.get(n);
        if (known != null) {
            return known;
        }
        if (KEYS.size() >= CACHE) {
            KEYS.clear();
        }
        String key = computeKey(n);
        KEYS.put(n, key);
        return key;
    }

    private static String computeKey(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        s = ACRONYM_PLURAL.matcher(s).replaceAll("$1");
        s = MARKS.matcher(s)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'');
        s = REFERENCES.matcher(s).replaceAll(" ");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        s = Regex.replaceAll(OTHER.matcher(s).replaceAll(" ").replace("'s ", " "), "'", "");
        s = Regex.replaceAll(s, "\\s+", " ").strip();
        s = ARTICLE.matcher(s).replaceFirst("");
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(WordForms.singular(word));
            }
        }
        return out.toString();
    }

    /** The key without spaces: hyphenated, spaced and closed compounds meet here. */
    public static String compact(String key) {
        return key.replace(" ", "");
    }

    /** A URL-safe id for a key; a short hash keeps ids unique where the slug had to drop characters. */
    public static String id(String key) {
        String slug = Regex.replaceAll(
                Regex.replaceAll(Regex.replaceAll(key.replace(' ', '-'), "[^a-z0-9-]", ""), "-+", "-"), "^-|-$", "");
        if (slug.length() > 80) {
            slug = Regex.replaceAll(slug.substring(0, 80), "-$", "");
        }
        if (slug.isEmpty() || !slug.equals(key.replace(' ', '-'))) {
            return (slug.isEmpty() ? "c" : slug) + "-" + shortHash(key);
        }
        return slug;
    }

    public static String shortHash(String text) {
        return Hashes.sha256Prefix(text, 4);
    }
}
