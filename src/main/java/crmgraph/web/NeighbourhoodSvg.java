package crmgraph.web;

import crmgraph.graph.Subgraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small neighbourhood drawing for the concept page, laid out on the server as SVG so it shows
 * (and its nodes are links) without JavaScript: the concept in the middle, its direct
 * neighbours on an ellipse around it (ordered parts clockwise from the top, in order), edges
 * coloured by relation type.
 */
public record NeighbourhoodSvg(List<Dot> dots, List<Line> lines, int width, int height, int hidden) {

    static final int MAX_NEIGHBOURS = 14;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;

    /** A concept drawn at (x, y) with its label at (labelX, labelY); {@code center} marks the page's concept. */
    public record Dot(
            String id,
            String name,
            String label,
            int x,
            int y,
            boolean center,
            String anchor,
            int labelX,
            int labelY) {}

    /** An edge between two dots. */
    public record Line(int x1, int y1, int x2, int y2, String colour, String type) {}

    public static NeighbourhoodSvg of(Subgraph graph) {
        Map<String, Integer> order = new HashMap<>();
        graph.edges().stream()
                .filter(e -> e.source().equals(graph.center()) && e.order() != null)
                .forEach(e -> order.merge(e.target(), e.order(), Math::min));
        List<Subgraph.Node> ring = graph.nodes().stream()
                .filter(n -> n.depth() == 1)
                .sorted(Comparator.comparing((Subgraph.Node n) -> order.getOrDefault(n.id(), Integer.MAX_VALUE))
                        .thenComparing(n -> n.name().toLowerCase(Locale.ROOT)))
                .toList();
        List<Subgraph.Node> around = ring.stream().limit(MAX_NEIGHBOURS).toList();
        Map<String, Dot> placed = new HashMap<>();
        List<Dot> dots = new ArrayList<>();
        graph.nodes().stream()
                .filter(n -> n.id().equals(graph.center()))
                .findFirst()
                .ifPresent(c -> {
                    Dot d = new Dot(
                            c.id(),
                            c.name(),
                            label(c.name()),
                            WIDTH / 2,
                            HEIGHT / 2,
                            true,
                            "middle",
                            WIDTH / 2,
                            HEIGHT / 2 + 32);
                    placed.put(c.id(), d);
                    dots.add(d);
                });
        for (int i = 0; i < around.size(); i++) {
            Dot d = around(around.get(i), i, around.size());
            placed.put(d.id(), d);
            dots.add(d);
        }
        List<Line> lines = new ArrayList<>();
        for (Subgraph.Edge e : graph.edges()) {
            Dot a = placed.get(e.source());
            Dot b = placed.get(e.target());
            if (a != null && b != null) {
                lines.add(new Line(
                        a.x(), a.y(), b.x(), b.y(), RelationStyle.of(e.type()).colour(), e.type()));
            }
        }
        return new NeighbourhoodSvg(dots, lines, WIDTH, HEIGHT, ring.size() - around.size());
    }

    /** The i-th of n neighbours, clockwise from the top; labels sit outside the ellipse. */
    private static Dot around(Subgraph.Node n, int i, int count) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / count;
        int x = (int) Math.round(WIDTH / 2.0 + 200 * Math.cos(angle));
        int y = (int) Math.round(HEIGHT / 2.0 + 125 * Math.sin(angle));
        String anchor = Math.abs(x - WIDTH / 2) < 40 ? "middle" : x < WIDTH / 2 ? "end" : "start";
        int labelX = switch (anchor) {
            case "end" -> x - 12;
            case "start" -> x + 12;
            default -> x;
        };
        int labelY = anchor.equals("middle") ? (y > HEIGHT / 2 ? y + 26 : y - 14) : y + 5;
        return new Dot(n.id(), n.name(), label(n.name()), x, y, false, anchor, labelX, labelY);
    }

    private static String label(String name) {
        return name.length() <= 24 ? name : name.substring(0, 23).strip() + "…";
    }

    public boolean empty() {
        return dots.size() <= 1;
    }
}
