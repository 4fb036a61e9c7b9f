package crmgraph.score;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** The figures of a whole corpus, summed over its files. */
public record CorpusScore(String corpus, List<FileScore> files) {

    public CorpusScore {
        files = List.copyOf(files);
    }

    public int sum(ToIntFunction<FileScore> field) {
        return files.stream().mapToInt(field).sum();
    }

    public double cardsRead() {
        return share(sum(FileScore::read), sum(FileScore::cards));
    }

    public double cardsRight() {
        return share(sum(FileScore::right), sum(FileScore::cards));
    }

    public double misfiledShare() {
        return share(sum(FileScore::misfiled), sum(FileScore::definitions));
    }

    public long notesFiles() {
        return files.stream().filter(FileScore::notes).count();
    }

    public double junkPerNotesFile() {
        return notesFiles() == 0
                ? 0
                : (double) files.stream()
                                .filter(FileScore::notes)
                                .mapToInt(FileScore::junk)
                                .sum()
                        / notesFiles();
    }

    public double notesRecall() {
        return share(sum(FileScore::found), sum(FileScore::expected));
    }

    public double listRecall() {
        return files.stream()
                .flatMap(f -> f.listRecall().stream())
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
    }

    /** The report: figures first, then (verbose) every miss by file. */
    public String format(boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append(corpus).append(": ").append(files.size()).append(" files\n");
        b.append(String.format(
                Locale.ROOT,
                "cards      read %d/%d %.2f   right %d/%d %.2f   not right but flagged uncertain %d, right but flagged %d%n",
                sum(FileScore::read),
                sum(FileScore::cards),
                cardsRead(),
                sum(FileScore::right),
                sum(FileScore::cards),
                cardsRight(),
                sum(FileScore::flaggedWrong),
                sum(FileScore::flaggedRight)));
        b.append(String.format(
                Locale.ROOT,
                "misfiled   %d of %d definitions (%.1f%%)%n",
                sum(FileScore::misfiled),
                sum(FileScore::definitions),
                100 * misfiledShare()));
        b.append(String.format(
                Locale.ROOT,
                "notes      found %d/%d expected concepts %.2f   junk %d (%.1f per notes file, %d notes files), %d in all%n",
                sum(FileScore::found),
                sum(FileScore::expected),
                notesRecall(),
                files.stream()
                        .filter(FileScore::notes)
                        .mapToInt(FileScore::junk)
                        .sum(),
                junkPerNotesFile(),
                notesFiles(),
                sum(FileScore::junk)));
        b.append(String.format(
                Locale.ROOT,
                "lists      %d lists, mean member recall %.2f   kinds %d/%d%n",
                files.stream().mapToInt(f -> f.listRecall().size()).sum(),
                listRecall(),
                sum(FileScore::kindsFound),
                sum(FileScore::kinds)));
        if (verbose) {
            for (FileScore f : files) {
                f.misses()
                        .forEach(m -> b.append(f.file()).append(": ").append(m).append('\n'));
            }
        }
        return b.toString();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
