package crmgraph.extract;

import crmgraph.Regex;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concept inside the words a prompt wraps around it: "'monetary value' in RFM" → "monetary
 * value" (a quoted term is the term), "the role of RFM analysis in CRM" → "RFM analysis" (a frame
 * noun before "of", and the subject area after "in", are no part of the name). A subject area is
 * an acronym or a field of study ("… in services marketing", "… in a CRM project"); "value in use"
 * keeps its "in".
 */
final class Frames {

    private static final Pattern QUOTED = Pattern.compile("(?:^|[\\s(])['\"]([^'\"]{2,60}?)['\"](?=$|[\\s,.;:?!)])");
    private static final Pattern FRAME_NOUN = Pattern.compile(
            "^(?:the\\s+)?(?:(?:" + crmgraph.nlp.FrameNouns.ALTERNATION
                    + ")\\s+of|term|principle\\s+behind)\\s+(?:the\\s+|an?\\s+)?(.{2,})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTEXT = Pattern.compile(
            "^(.{2,}?)\\s+(?:in|within|for|under)\\s+(?:the\\s+|an?\\s+)?(.{2,60})$", Pattern.CASE_INSENSITIVE);
    /** "X as a dimension of Y": the role a prompt names X in, no part of X's name. */
    private static final Pattern AS_ROLE =
            Pattern.compile("^(.{2,}?)\\s+as\\s+(?:a|an|the|one)\\s+.{2,60}$", Pattern.CASE_INSENSITIVE);
    /** "commitment in a buyer-seller relationship": a setting with its article, no part of the name ("value in use" has none). */
    private static final Pattern SETTING = Pattern.compile(
            "^(.{2,}?)\\s+(?:in|within|during)\\s+(?:a|an|the)\\s+\\S+(?:\\s+\\S+){0,4}$", Pattern.CASE_INSENSITIVE);

    private static final Pattern ACRONYM_WORD = Pattern.compile("\\b[A-Z][A-Za-z0-9&]*[A-Z0-9]\\b");
    /** Heads of a field, a model or a piece of work: what a prompt names as the setting of a term. */
    private static final Set<String> AREAS = Set.of(
            "marketing",
            "management",
            "model",
            "models",
            "project",
            "projects",
            "implementation",
            "analysis",
            "segmentation",
            "context",
            "services",
            "service",
            "business",
            "businesses",
            "industry",
            "industries",
            "sector",
            "strategy",
            "system",
            "systems",
            "programme",
            "programmes",
            "program",
            "programs",
            "theory",
            "framework",
            "research",
            "economics",
            "practice",
            "terms",
            "setting",
            "settings",
            "environment",
            "world",
            "market",
            "markets",
            "sales",
            "retail",
            "organisation",
            "organization",
            "organisations",
            "organizations",
            "company",
            "companies",
            "firm",
            "firms");

    private Frames() {}

    /** The concept a prompt's phrase names. */
    static String concept(String phrase) {
        String p = phrase.strip();
        Matcher q = QUOTED.matcher(p);
        if (q.find() && Names.words(q.group(1)) <= 6) {
            return q.group(1).strip();
        }
        Matcher frame = FRAME_NOUN.matcher(p);
        if (frame.matches()) {
            p = frame.group(1);
        }
        return withoutArea(p);
    }

    /** True when the phrase wraps its concept in a frame noun ("the role of …") or quotes. */
    static boolean framed(String phrase) {
        String p = phrase.strip();
        Matcher q = QUOTED.matcher(p);
        return q.find() && Names.words(q.group(1)) <= 6 || FRAME_NOUN.matcher(p).matches();
    }

    /** "Software as a Service": a name in title case holds its "as a", which frames nothing. */
    private static boolean titled(String phrase) {
        return Regex.matches(
                phrase, "\\p{Lu}\\S*\\s+as\\s+(?:a|an)\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*(?:\\s*\\([^()]*\\))?");
    }

    /** "bundling in CRM" → "bundling", "empathy as a service quality dimension" → "empathy"; "value in use" stays. */
    static String withoutArea(String phrase) {
        Matcher role = AS_ROLE.matcher(phrase.strip());
        if (role.matches() && !titled(phrase.strip())) {
            return role.group(1).strip();
        }
        Matcher m = CONTEXT.matcher(phrase.strip());
        if (!m.matches()
                || !isArea(m.group(2)) && !SETTING.matcher(phrase.strip()).matches()) {
            return phrase.strip();
        }
        return m.group(1).strip();
    }

    private static boolean isArea(String context) {
        String c = Regex.replaceAll(context.strip(), "[?.:!]+$", "");
        if (ACRONYM_WORD.matcher(c).find()) {
            return true;
        }
        String last = Regex.replaceAll(c.toLowerCase(Locale.ROOT), ".*\\s", "");
        return AREAS.contains(last);
    }
}
