package crmgraph.bench;

import crmgraph.BadInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic corpus of N flashcards spread over files in every supported format, with
 * CRM-like vocabulary, repeated terms, acronyms, ordered lists, typos and page furniture, so that
 * import speed can be measured on something that looks like years of real decks.
 */
public final class CorpusGenerator {

    private static final String[] MODIFIERS = {
        "customer",
        "predictive",
        "loyalty",
        "service",
        "relationship",
        "digital",
        "omnichannel",
        "data",
        "sales",
        "account",
        "value",
        "retention",
        "acquisition",
        "experience",
        "segment",
        "campaign",
        "partner",
        "social",
        "mobile",
        "contact",
        "lifetime",
        "churn",
        "referral",
        "community",
        "feedback",
        "complaint",
        "satisfaction",
        "engagement",
        "profit",
        "channel",
        "brand",
        "product",
        "pricing",
        "quality",
        "support",
        "onboarding",
        "advocacy",
        "win-back",
        "cross-sell",
        "self-service"
    };
    private static final String[] HEADS = {
        "management",
        "analytics",
        "programme",
        "strategy",
        "model",
        "process",
        "score",
        "journey",
        "platform",
        "mapping",
        "segmentation",
        "automation",
        "recovery",
        "guarantee",
        "portfolio",
        "pipeline",
        "lifecycle",
        "network",
        "touchpoint",
        "profile",
        "metric",
        "dashboard",
        "framework",
        "policy",
        "cycle",
        "matrix",
        "index",
        "audit",
        "playbook",
        "charter"
    };
    private static final String[] VERBS = {
        "organises",
        "measures",
        "improves",
        "tracks",
        "aligns",
        "predicts",
        "strengthens",
        "records",
        "prioritises",
        "links",
        "summarises",
        "protects"
    };
    private static final String[] OBJECTS = {
        "customer data",
        "front-line interactions",
        "the sales pipeline",
        "service encounters",
        "marketing spend",
        "account teams",
        "purchase histories",
        "complaints",
        "renewal decisions",
        "partner channels",
        "loyalty rewards",
        "support tickets"
    };
    private static final String[] GOALS = {
        "keep profitable customers longer",
        "raise the share of wallet",
        "lower the cost to serve",
        "spot customers likely to leave",
        "personalise every offer",
        "make service more reliable",
        "turn buyers into advocates",
        "plan the next best action"
    };
    private static final String[] FORMATS = {"tsv", "md", "alternating", "rated", "define", "csv"};
    private static final String[] PROMOS = {
        "Download the app to study offline!",
        "Upgrade to premium for unlimited decks",
        "Sponsored: try our flashcard maker free for 30 days"
    };

    private final Random random;
    private final List<String> terms;

    public CorpusGenerator(long seed, int distinctTerms) {
        this.random = new Random(seed);
        this.terms = new ArrayList<>(distinctTerms);
        for (int i = 0; i < distinctTerms; i++) {
            terms.add(term());
        }
    }

    /** Writes {@code cards} cards into {@code dir}, {@code cardsPerFile} per file; returns the files. */
    public List<Path> write(Path dir, int cards, int cardsPerFile) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int done = 0, n = 0; done < cards; done += cardsPerFile, n++) {
                String format = FORMATS[n % FORMATS.length];
                Path file = dir.resolve(String.format("deck-%05d.%s", n, extension(format)));
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writeDeck(out, format, Math.min(cardsPerFile, cards - done), n);
                }
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new BadInputException("cannot write the benchmark corpus to " + dir + ": " + e.getMessage());
        }
    }

    private void writeDeck(Writer out, String format, int cards, int deckNumber) throws IOException {
        if (!format.equals("tsv") && !format.equals("csv")) {
            out.write((format.equals("md") ? "# " : "") + "Relationship marketing deck " + deckNumber + "\n\n");
        }
        for (int i = 1; i <= cards; i++) {
            String term = maybeTypo(pick(terms));
            String definition = switch (random.nextInt(16)) {
                case 0, 1 -> list(term);
                case 2 -> kinds(term);
                case 3, 4, 5 -> definition() + " It works with " + pick(terms) + ".";
                default -> definition();
            };
            String name = random.nextInt(12) == 0 ? withAcronym(term) : term;
            switch (format) {
                case "tsv" -> out.write(capitalise(name) + "\t" + definition + "\n");
                case "csv" -> out.write(capitalise(name) + ",\"" + definition.replace("\"", "\"\"") + "\"\n");
                case "md" -> out.write("- **" + capitalise(name) + "**: " + definition + "\n");
                case "alternating" ->
                    out.write(
                            random.nextInt(3) == 0
                                    ? capitalise(definition) + "\n" + name + "\n"
                                    : name + "\n" + capitalise(definition) + "\n");
                case "rated" ->
                    out.write(i + "\nQ\n\nWhat is " + name + "?\n\nA\n  \u2022 " + definition
                            + "\nHow well did you know this?\n1\nNot at all\n2\n3\n4\n5\nPerfectly\n");
                case "define" ->
                    out.write("Define " + capitalise(name) + "\n" + capitalise(definition) + "\n- "
                            + capitalise(pick(OBJECTS)) + " matter here\n");
                default -> throw new IllegalStateException(format);
            }
            if (!format.equals("tsv") && !format.equals("csv") && random.nextInt(50) == 0) {
                out.write(pick(PROMOS) + "\n");
            }
        }
    }

    private String term() {
        int words = 1 + random.nextInt(2);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < words; i++) {
            t.append(pick(MODIFIERS)).append(' ');
        }
        return t.append(pick(HEADS)).toString();
    }

    private String definition() {
        return "the " + pick(HEADS) + " that " + pick(VERBS) + " " + pick(OBJECTS) + " in order to " + pick(GOALS)
                + "; it " + pick(VERBS) + " " + pick(OBJECTS) + ".";
    }

    /** A run-on numbered list, the shape flashcard sites produce. */
    private String list(String term) {
        int n = 3 + random.nextInt(4);
        StringBuilder b = new StringBuilder("the ")
                .append(n)
                .append(" stages of ")
                .append(term)
                .append(" are ");
        for (int i = 1; i <= n; i++) {
            b.append(i)
                    .append(' ')
                    .append(capitalise(pick(MODIFIERS)))
                    .append(' ')
                    .append(pick(HEADS))
                    .append(". ");
        }
        return b.toString().strip();
    }

    /** "The types of X are A, B and C": members that are kinds of X. */
    private String kinds(String term) {
        String head = term.substring(term.lastIndexOf(' ') + 1);
        return "the types of " + term + " are " + pick(MODIFIERS) + " " + head + ", " + pick(MODIFIERS) + " " + head
                + " and " + pick(MODIFIERS) + " " + head + ".";
    }

    private String withAcronym(String term) {
        StringBuilder acronym = new StringBuilder();
        for (String w : term.split("[ -]")) {
            acronym.append(Character.toUpperCase(w.charAt(0)));
        }
        return capitaliseWords(term) + " (" + acronym + ")";
    }

    private String maybeTypo(String term) {
        if (random.nextInt(100) != 0 || term.length() < 8) {
            return term;
        }
        int i = 2 + random.nextInt(term.length() - 4);
        char[] c = term.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String extension(String format) {
        return switch (format) {
            case "tsv" -> "tsv";
            case "md" -> "md";
            case "csv" -> "csv";
            default -> "txt";
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitaliseWords(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(capitalise(w));
        }
        return b.toString();
    }
}
