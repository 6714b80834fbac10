package fr.caleol.base.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

    private static List<Double> barWidths(String svg) {
        Matcher m = Pattern.compile("<rect class=\"bar\" x=\"\\d+\" y=\"\\d+\" width=\"([0-9.]+)\"").matcher(svg);
        return m.results().map(r -> Double.parseDouble(r.group(1))).toList();
    }

    @Test
    void a_horizontal_chart_is_an_image_for_screen_readers_with_its_title_and_description() {
        String svg = SvgBarChart.horizontal("chart-x", "Décisions <par> type", "Attribution : 3 ; Refus : 1",
                List.of(new SvgBarChart.Bar("Attribution", 3, "3"), new SvgBarChart.Bar("Refus", 1, "1")), 3, null,
                null).getInnerHtml();

        assertThat(svg).contains("role=\"img\"").contains("aria-labelledby=\"chart-x-title chart-x-desc\"")
                .contains("<title id=\"chart-x-title\">Décisions &lt;par&gt; type</title>")
                .contains("<desc id=\"chart-x-desc\">Attribution : 3 ; Refus : 1</desc>")
                .doesNotContain("class=\"target\"");
    }

    @Test
    void bars_are_proportional_to_their_value_on_the_given_scale_and_never_overflow_it() {
        String svg = SvgBarChart.horizontal("c", "t", "d", List.of(new SvgBarChart.Bar("a", 50, "50 %"),
                new SvgBarChart.Bar("b", 25, "25 %"), new SvgBarChart.Bar("c", 150, "150 %"),
                new SvgBarChart.Bar("d", 0, "0")), 100, null, null).getInnerHtml();

        List<Double> widths = barWidths(svg);
        assertThat(widths).hasSize(4);
        assertThat(widths.get(0)).isEqualTo(2 * widths.get(1));
        assertThat(widths.get(2)).isEqualTo(2 * widths.get(0)).as("capped at the scale");
        assertThat(widths.get(3)).isZero();
    }

    @Test
    void a_target_is_marked_by_a_labelled_line_at_its_place_on_the_scale() {
        String svg = SvgBarChart.horizontal("c", "t", "d", List.of(new SvgBarChart.Bar("a", 100, "100 %")), 100,
                25.0, "objectif 25 %").getInnerHtml();

        Matcher line = Pattern.compile("<line class=\"target\" x1=\"([0-9.]+)\"").matcher(svg);
        assertThat(line.find()).isTrue();
        double full = barWidths(svg).getFirst();
        double start = 290; // the label column
        assertThat(Double.parseDouble(line.group(1)) - start).isEqualTo(full / 4);
        assertThat(svg).contains("objectif 25 %");
    }
}
