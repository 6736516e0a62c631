package dev.connectorconsole.ui.health;

import dev.connectorconsole.app.ContainerTrends;
import dev.connectorconsole.engine.ContainerStatsSample;
import dev.connectorconsole.ui.fx.Sparkline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One figure of a container's kept readings as chart points, placed by their time. Where the stats stream was closed
 * (the Health screen was not shown, or another connector was) the line breaks: no points are made up for that time,
 * and the time axis shows how long it was.
 */
final class Trend {
    private Trend() {}

    static List<Sparkline.Point> points(List<ContainerTrends.Entry> entries,
                                        ToDoubleFunction<ContainerStatsSample> figure) {
        List<Sparkline.Point> points = new ArrayList<>(entries.size());
        for (ContainerTrends.Entry entry : entries) {
            ContainerStatsSample sample = entry.sample();
            points.add(new Sparkline.Point(sample.time().toEpochMilli() / 1000.0, figure.applyAsDouble(sample),
                    entry.afterGap()));
        }
        return points;
    }
}
