package dev.connectorconsole.ui.fx;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/**
 * A small chart of one figure over time, where a trend reads better than a number: the line spans the region's width
 * from the first point to the last, scaled from zero to the largest value (or {@code floor}, whichever is larger).
 */
public final class Sparkline extends Region {
    private final Polyline line = new Polyline();
    private final double floor;
    private List<Double> values = List.of();

    /** @param floor the smallest top of the scale, so that a figure near zero stays a flat line */
    public Sparkline(double floor) {
        this.floor = floor;
        getStyleClass().add("sparkline");
        line.getStyleClass().add("sparkline-line");
        line.setManaged(false);
        getChildren().add(line);
        setPrefSize(160, 28);
        setMinSize(60, 20);
    }

    public void show(List<Double> values) {
        this.values = List.copyOf(values);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        Double[] points = new Double[values.size() * 2];
        double top = Math.max(floor, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        for (int i = 0; i < values.size(); i++) {
            double x = values.size() == 1 ? width : width * i / (values.size() - 1);
            points[2 * i] = snappedLeftInset() + x;
            points[2 * i + 1] = snappedTopInset() + height - height * values.get(i) / top;
        }
        line.getPoints().setAll(points);
    }
}
