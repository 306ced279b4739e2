package io.github.camelmartech.soak;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

/** The four measures over the run, one line chart each, drawn with Java2D into a PNG. */
final class SoakChart {

    private static final Color LINE = new Color(0x1565c0);
    private static final Color GRID = new Color(0xeeeeee);

    private SoakChart() {
    }

    static void write(Path png, List<Sample> samples, String title) throws IOException {
        int w = 1100;
        int h = 640;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 20, 28);
        panel(g, samples, "heap after GC (MiB)", Sample::heapAfterGcMb, 20, 50, 520, 270);
        panel(g, samples, "threads", s -> s.threads(), 560, 50, 520, 270);
        panel(g, samples, "established TCP connections", s -> s.tcpConnections(), 20, 350, 520, 270);
        panel(g, samples, "open file descriptors", s -> s.fileDescriptors(), 560, 350, 520, 270);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    /** One measure against minutes, its axis from 0 so that a flat line looks flat and growth looks like growth. */
    private static void panel(Graphics2D g, List<Sample> samples, String name, ToDoubleFunction<Sample> measure,
                              int x, int y, int w, int h) {
        int left = x + 50;
        int right = x + w - 10;
        int top = y + 25;
        int bottom = y + h - 30;
        double maxY = samples.stream().mapToDouble(measure).max().orElse(1) * 1.25;
        maxY = maxY <= 0 ? 1 : niceCeiling(maxY);
        double maxX = Math.max(1, samples.get(samples.size() - 1).minute());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.setColor(Color.BLACK);
        g.drawString(name, left, y + 15);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            int yy = (int) (bottom - (bottom - top) * v / maxY);
            g.setColor(GRID);
            g.drawLine(left, yy, right, yy);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, v >= 100 || v == Math.rint(v) ? "%.0f" : "%.1f", v), x, yy + 4);
        }
        for (int i = 0; i <= 5; i++) {
            double m = maxX * i / 5;
            int xx = (int) (left + (right - left) * m / maxX);
            g.drawString(String.format(Locale.ROOT, maxX < 10 ? "%.1f" : "%.0f", m), xx - 6, bottom + 15);
        }
        g.drawString("minutes", right - 45, bottom + 27);
        g.setColor(Color.BLACK);
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2f));
        int px = -1;
        int py = -1;
        for (Sample s : samples) {
            int xx = (int) (left + (right - left) * s.minute() / maxX);
            int yy = (int) (bottom - (bottom - top) * measure.applyAsDouble(s) / maxY);
            if (px >= 0) {
                g.drawLine(px, py, xx, yy);
            }
            g.fillOval(xx - 2, yy - 2, 5, 5);
            px = xx;
            py = yy;
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
