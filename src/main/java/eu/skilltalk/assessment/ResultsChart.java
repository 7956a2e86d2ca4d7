package eu.skilltalk.assessment;

import eu.skilltalk.locale.LocaleCatalog;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.RadarChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The radar chart of a summary: where the client is now against what their goal asks, one axis per scored
 * competence, labelled in the client's language. Wider than high so the labels left and right fit; shown at a phone's full width,
 * with big labels, two thick lines, and the legend underneath (a legend at the side clips long labels).
 */
final class ResultsChart {

    /** A radar needs at least this many axes to be a shape. */
    static final int MIN_AXES = 3;
    static final int WIDTH = 1400;
    static final int HEIGHT = 1200;
    private static final float LINE = 5f;
    /** Share of the picture the radar takes: the rest is room for the labels around it. */
    private static final double PLOT = 0.56;
    private static final Color NOW = new Color(0x1f77b4);
    private static final Color GOAL = new Color(0xff7f0e);

    private final LocaleCatalog catalog;

    ResultsChart(LocaleCatalog catalog) {
        this.catalog = catalog;
    }

    static boolean drawable(Summary summary) {
        return summary.competences().size() >= MIN_AXES;
    }

    byte[] png(Summary summary, String language) {
        List<Summary.Scored> axes = summary.competences();
        RadarChart chart = new RadarChartBuilder().width(WIDTH).height(HEIGHT)
                .title(catalog.render(language, "results.chart.title")).build();
        style(chart);
        // Half a step off vertical: no label sits straight above or below the centre, where neighbours collide.
        chart.getStyler().setStartAngleInDegrees(90 + 180.0 / axes.size());
        chart.setRadiiLabels(axes.stream().map(c -> catalog.render(language, "competence." + c.id() + ".name"))
                .toArray(String[]::new));
        chart.addSeries(catalog.render(language, "results.chart.desired"),
                axes.stream().mapToDouble(c -> c.desired() / Levels.MAX).toArray()).setLineWidth(LINE);
        chart.addSeries(catalog.render(language, "results.chart.now"),
                axes.stream().mapToDouble(c -> c.score() / Levels.MAX).toArray()).setLineWidth(LINE);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the results chart", e);
        }
    }

    private static void style(RadarChart chart) {
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setRadiiTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        styler.setPlotContentSize(PLOT);
        styler.setPlotBorderVisible(false);
        styler.setRadiiTickMarksCount((int) Levels.MAX);
        // Lines, not areas: a filled "now" would hide the goal behind it.
        styler.setSeriesFilled(false);
        styler.setMarkerSize(12);
        styler.setSeriesColors(new Color[] {GOAL, NOW});
        styler.setRadiiTickMarksStroke(new BasicStroke(1.5f));
    }
}
