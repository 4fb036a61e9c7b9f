package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header lines of an Anki text export ("Notes in Plain Text", "Cards in Plain Text"):
 * {@code #separator:Tab}, {@code #html:true}, {@code #columns:Front	Back	Tags}, and the 1-based
 * columns that hold tags, the deck, the note type and the note's id. Those columns are no card text.
 *
 * @param separator the field separator named by the header, if any
 * @param html      whether fields hold HTML
 * @param columns   the column names, if given
 * @param meta      1-based columns that are not card text (tags, deck, note type, guid)
 * @param deck      the deck column, or 0
 * @param notetype  the note type column, or 0
 * @param tags      the tags column, or 0
 */
record AnkiHeader(
        Optional<String> separator,
        boolean html,
        List<String> columns,
        List<Integer> meta,
        int deck,
        int notetype,
        int tags) {

    private static final Pattern LINE = Pattern.compile("^#([a-z][a-z ]{1,20}):(.*)$", Pattern.CASE_INSENSITIVE);

    static final AnkiHeader NONE = new AnkiHeader(Optional.empty(), false, List.of(), List.of(), 0, 0, 0);

    static boolean isHeaderLine(String line) {
        return LINE.matcher(line.strip()).matches();
    }

    static AnkiHeader of(List<SourceLine> lines) {
        Optional<String> separator = Optional.empty();
        boolean html = false;
        List<String> columns = List.of();
        List<Integer> meta = new ArrayList<>();
        int deck = 0;
        int notetype = 0;
        int tags = 0;
        for (SourceLine l : lines) {
            Matcher m = LINE.matcher(l.stripped());
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).strip().toLowerCase(Locale.ROOT);
            String value = m.group(2).strip();
            switch (key) {
                case "separator" -> separator = Optional.of(Separators.parse(value));
                case "html" -> html = value.equalsIgnoreCase("true");
                case "columns" -> columns = List.of(m.group(2).split(separator.orElse("\t")));
                case "tags column" -> {
                    tags = column(value).orElse(0);
                    meta.add(tags);
                }
                case "guid column" -> column(value).ifPresent(meta::add);
                case "deck column" -> {
                    deck = column(value).orElse(0);
                    meta.add(deck);
                }
                case "notetype column" -> {
                    notetype = column(value).orElse(0);
                    meta.add(notetype);
                }
                default -> {}
            }
        }
        return new AnkiHeader(separator, html, columns, meta, deck, notetype, tags);
    }

    private static Optional<Integer> column(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 1 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
