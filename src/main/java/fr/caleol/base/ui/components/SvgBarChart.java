package fr.caleol.base.ui.components;

import com.vaadin.flow.component.Html;
import java.util.List;

/**
 * A bar chart drawn as SVG on the server: grouped bars, one group per category, a legend, and a title and a
 * description for screen readers (the figures are also given in a table beside the chart).
 */
public final class SvgBarChart {

    /** One series of values, one value per category, drawn in {@code color}. */
    public record Series(String label, String color, List<Integer> values) {}

    private SvgBarChart() {}

    public static Html render(String id, String title, String description, List<String> categories, List<Series> series) {
        int width = 560;
        int height = 220;
        int left = 40;
        int bottom = 30;
        int top = 30;
        int max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max()
                .orElse(1));
        double plotHeight = height - bottom - top;
        double groupWidth = (width - left - 10) / (double) Math.max(1, categories.size());
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        StringBuilder svg = open(id, title, description, width, height);
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(height - bottom).append("\" x2=\"")
                .append(width).append("\" y2=\"").append(height - bottom).append("\" stroke=\"#555\"/>");
        svg.append("<text x=\"").append(left - 4).append("\" y=\"").append(top + 4)
                .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">").append(max).append("</text>");
        // with many categories (24 months), only every n-th label is written so that labels never overlap
        int labelStep = Math.max(1, (int) Math.ceil(categories.size() / 12.0));
        for (int c = 0; c < categories.size(); c++) {
            double groupX = left + c * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                int value = series.get(s).values().get(c);
                double h = plotHeight * value / max;
                svg.append(String.format(java.util.Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s : %d</title></rect>",
                        groupX + s * barWidth, height - bottom - h, barWidth - 1, h, series.get(s).color(),
                        escape(series.get(s).label() + " — " + categories.get(c)), value));
            }
            if (c % labelStep == 0) {
                svg.append(String.format(java.util.Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                        left + c * groupWidth + groupWidth / 2, height - bottom + 14, escape(categories.get(c))));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            int x = left + s * 160;
            svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                    .append(series.get(s).color()).append("\"/><text x=\"").append(x + 16)
                    .append("\" y=\"16\" font-size=\"12\" fill=\"#333\">").append(escape(series.get(s).label()))
                    .append("</text>");
        }
        svg.append("</svg>");
        return new Html("<div class=\"outreach-chart\">" + svg + "</div>");
    }

    /** One labelled bar of a horizontal chart; {@code figure} is the value as printed beside the bar. */
    public record Bar(String label, double value, String figure) {}

    /**
     * A horizontal bar chart, for long category labels (decision types, refusal grounds, communes): one row per bar,
     * the label on the left, the figure on the right of the bar. Bars are scaled to {@code max}; when
     * {@code target} is not null, a dashed line marks it (a legal share's target, say) with {@code targetLabel}.
     */
    public static Html horizontal(String id, String title, String description, List<Bar> bars, double max,
            Double target, String targetLabel) {
        int width = 700;
        int row = 24;
        int labelWidth = 290;
        int figureWidth = 70;
        int top = target == null ? 8 : 24;
        int height = top + Math.max(1, bars.size()) * row + 8;
        double plot = width - labelWidth - figureWidth - 10;
        double scale = max <= 0 ? 0 : plot / max;
        StringBuilder svg = open(id, title, description, width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * row;
            double length = Math.max(0, Math.min(plot, bar.value() * scale));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    labelWidth - 6, y + 16, escape(shorten(bar.label(), 42))));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#1a5fb4\">"
                            + "<title>%s : %s</title></rect>",
                    labelWidth, y + 4, length, row - 8, escape(bar.label()), escape(bar.figure())));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#333\">%s</text>",
                    labelWidth + length + 6, y + 16, escape(bar.figure())));
        }
        if (target != null && max > 0) {
            double x = labelWidth + Math.min(plot, target * scale);
            svg.append(String.format(java.util.Locale.ROOT, "<line class=\"target\" x1=\"%.1f\" y1=\"%d\" "
                    + "x2=\"%.1f\" y2=\"%d\" stroke=\"#c01c28\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>",
                    x, top - 4, x, height - 4));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"14\" font-size=\"12\" text-anchor=\"middle\" fill=\"#c01c28\">%s</text>",
                    x, escape(targetLabel)));
        }
        svg.append("</svg>");
        return new Html("<div class=\"report-chart\">" + svg + "</div>");
    }

    private static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }

    /** An SVG image for screen readers: its title and its description (every figure) name it. */
    private static StringBuilder open(String id, String title, String description, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
                .append("px\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
