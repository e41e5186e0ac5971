package org.menagerie.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A weekly line chart as inline SVG, drawn on the server so that it needs no script: one line per series, a y axis with
 * round ticks, week labels, a legend. Screen readers get it as one image named by its title and described by its desc
 * (role="img" aria-labelledby); the page shows the same numbers in a table beside it.
 */
final class SvgChart {
    /** Colour-blind-safe colours (Okabe and Ito), dark enough against white for lines and legend marks. */
    static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8A6D00", "#56606B");
    static final int WIDTH = 720, HEIGHT = 300, LEFT = 48, RIGHT = 16, TOP = 16, BOTTOM = 72;

    /** One line: its name, the language the name is written in (null: the page's) and one value per week. */
    record Series(String name, String lang, List<Long> values) {
        Series {
            values = List.copyOf(values);
        }
    }

    private SvgChart() {}

    /** The chart's SVG; {@code id} makes its title and desc ids unique on the page. */
    static String lines(String id, String title, String desc, List<LocalDate> weeks, List<Series> series) {
        if (series.size() > COLOURS.size()) throw new IllegalArgumentException("at most " + COLOURS.size() + " series");
        for (Series s : series) {
            if (s.values().size() != weeks.size()) throw new IllegalArgumentException("series " + s.name() + " has one value per week");
        }
        long max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(esc(desc)).append("</desc>");
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        svg.append("<g class=\"axis\" fill=\"#333\" font-size=\"11\">");
        for (long v = 0; v <= top; v += step) {
            double y = TOP + plotH - plotH * v / top;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                    .append(v).append("</text>");
        }
        int every = Math.max(1, (weeks.size() + 7) / 8);
        for (int i = 0; i < weeks.size(); i += every) {
            svg.append("<text x=\"").append(f(x(i, weeks.size(), plotW))).append("\" y=\"").append(TOP + (int) plotH + 16)
                    .append("\" text-anchor=\"middle\">").append(weeks.get(i)).append("</text>");
        }
        svg.append("</g>");
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS.get(s);
            StringBuilder points = new StringBuilder();
            List<Long> values = series.get(s).values();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) points.append(' ');
                points.append(f(x(i, values.size(), plotW))).append(',').append(f(TOP + plotH - plotH * values.get(i) / top));
            }
            svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\" points=\"")
                    .append(points).append("\"/>");
            int lx = LEFT + (s % 3) * 220, ly = HEIGHT - 34 + (s / 3) * 16;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour).append("\"/><text x=\"").append(lx + 18).append("\" y=\"").append(ly + 1)
                    .append("\" font-size=\"12\" fill=\"#222\"")
                    .append(series.get(s).lang() == null ? "" : " lang=\"" + esc(series.get(s).lang()) + "\"").append('>').append(esc(shorten(series.get(s).name()))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A step of 1, 2 or 5 times a power of ten giving at most five ticks. */
    static long niceStep(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (max / (step * m) <= 5) return step * m;
            }
            step *= 10;
        }
    }

    private static double x(int i, int n, double plotW) {
        return LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
    }

    private static String shorten(String s) {
        return s.length() <= 32 ? s : s.substring(0, 31) + "…";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
