package dev.connectorconsole.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/**
 * A small chart of one figure over time, where a trend reads better than a number: the line spans the region's width
 * from the first point to the last, scaled from zero to the largest value (or {@code floor}, whichever is larger).
 * Points placed by time ({@link #showPoints}) keep their distances, and the line breaks where a point says so: a
 * stretch with no readings shows as a gap, not as a line joining across it.
 */
public final class Sparkline extends Region {
    /** A value at a place on the time axis (any unit); {@code breakBefore}: no line from the point before. */
    public record Point(double x, double value, boolean breakBefore) {}

    private final double floor;
    private List<Point> points = List.of();

    /** @param floor the smallest top of the scale, so that a figure near zero stays a flat line */
    public Sparkline(double floor) {
        this.floor = floor;
        getStyleClass().add("sparkline");
        getChildren().add(line());
        setPrefSize(160, 28);
        setMinSize(60, 20);
    }

    /** Values evenly spaced, one line. */
    public void show(List<Double> values) {
        List<Point> even = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            even.add(new Point(i, values.get(i), false));
        }
        showPoints(even);
    }

    /** Points in the order of their {@code x}. */
    public void showPoints(List<Point> points) {
        this.points = List.copyOf(points);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double top = Math.max(floor, points.stream().mapToDouble(Point::value).max().orElse(0));
        double first = points.isEmpty() ? 0 : points.get(0).x();
        double span = points.isEmpty() ? 0 : points.get(points.size() - 1).x() - first;
        List<List<Double>> runs = new ArrayList<>();
        List<Double> run = new ArrayList<>();
        for (Point point : points) {
            if (point.breakBefore() && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            double x = span <= 0 ? width : width * (point.x() - first) / span;
            run.add(snappedLeftInset() + x);
            run.add(snappedTopInset() + height - height * point.value() / top);
        }
        runs.add(run);
        while (getChildren().size() > runs.size()) {
            getChildren().remove(getChildren().size() - 1);
        }
        while (getChildren().size() < runs.size()) {
            getChildren().add(line());
        }
        for (int i = 0; i < runs.size(); i++) {
            ((Polyline) getChildren().get(i)).getPoints().setAll(runs.get(i));
        }
    }

    private static Polyline line() {
        Polyline line = new Polyline();
        line.getStyleClass().add("sparkline-line");
        line.setManaged(false);
        return line;
    }
}
