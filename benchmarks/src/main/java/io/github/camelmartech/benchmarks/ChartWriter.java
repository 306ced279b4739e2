package io.github.camelmartech.benchmarks;

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

import javax.imageio.ImageIO;

/** Draws the run's ratios against their targets, and the paging allocation per item, with Java2D into a PNG. */
final class ChartWriter {

    /** A ratio and its target; {@code atLeast}: the target is a floor, else a ceiling. */
    record Bar(String label, double value, double target, boolean atLeast) {
        boolean met() {
            return atLeast ? value >= target : value <= target;
        }
    }

    private static final Color MET = new Color(0x2e7d32);
    private static final Color MISSED = new Color(0xc62828);

    private ChartWriter() {
    }

    /** @param alloc [10k, 100k][raw, consumer] bytes per item */
    static void write(Path png, List<Bar> bars, double[][] alloc, String date) throws IOException {
        int w = 1500;
        int h = 480;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Camel MarTech benchmarks: ratios vs targets (one run, " + date + ")", 20, 28);
        ratios(g, bars, 20, 50, 1100, 380);
        alloc(g, alloc, 1160, 50, 320, 380);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static void ratios(Graphics2D g, List<Bar> bars, int x, int y, int w, int h) {
        int left = x + 40;
        int bottom = y + h - 50;
        int top = y + 20;
        double max = 1.5;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.value(), b.target()) * 1.1);
        }
        double scale = (bottom - top) / max;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(Color.GRAY);
        for (double t = 0; t <= max; t += max > 3 ? 1.0 : 0.25) {
            int yy = (int) (bottom - t * scale);
            g.setColor(new Color(0xeeeeee));
            g.drawLine(left, yy, x + w, yy);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.2f", t), x, yy + 4);
        }
        g.setColor(Color.BLACK);
        g.drawLine(left, bottom, x + w, bottom);
        g.drawString("ratio (bar) and target (black line); green = met, red = missed", left, y + 8);
        int n = Math.max(1, bars.size());
        int slot = (x + w - left) / n;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int bx = left + i * slot + slot / 5;
            int bw = slot * 3 / 5;
            int by = (int) (bottom - b.value() * scale);
            g.setColor(b.met() ? MET : MISSED);
            g.fillRect(bx, by, bw, bottom - by);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2.5f));
            int ty = (int) (bottom - b.target() * scale);
            g.drawLine(bx - 6, ty, bx + bw + 6, ty);
            g.setStroke(new BasicStroke(1f));
            g.drawString(String.format(Locale.ROOT, "%.2f", b.value()), bx + 2, by - 4);
            g.drawString((b.atLeast() ? "≥ " : "≤ ") + b.target(), bx + 2, bottom + 30);
            g.drawString(b.label(), bx - 12, bottom + 16);
        }
    }

    private static void alloc(Graphics2D g, double[][] alloc, int x, int y, int w, int h) {
        int left = x + 45;
        int bottom = y + h - 50;
        int top = y + 20;
        double max = 1;
        for (double[] row : alloc) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v * 1.15);
                }
            }
        }
        double scale = (bottom - top) / max;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("paging: bytes allocated per item", left, y + 8);
        g.drawLine(left, bottom, x + w, bottom);
        String[] sizes = { "10k items", "100k items" };
        Color[] colors = { new Color(0x90a4ae), new Color(0x1565c0) };
        int group = (x + w - left) / 2;
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < 2; k++) {
                double v = alloc[s][k];
                if (Double.isNaN(v)) {
                    continue;
                }
                int bx = left + s * group + 15 + k * (group / 2 - 10);
                int bw = group / 2 - 25;
                int by = (int) (bottom - v * scale);
                g.setColor(colors[k]);
                g.fillRect(bx, by, bw, bottom - by);
                g.setColor(Color.BLACK);
                g.drawString(String.format(Locale.ROOT, "%,.0f", v), bx, by - 4);
            }
            g.drawString(sizes[s], left + s * group + group / 2 - 25, bottom + 16);
        }
        g.setColor(colors[0]);
        g.fillRect(left, bottom + 26, 10, 10);
        g.setColor(Color.BLACK);
        g.drawString("raw loop", left + 14, bottom + 35);
        g.setColor(colors[1]);
        g.fillRect(left + 90, bottom + 26, 10, 10);
        g.setColor(Color.BLACK);
        g.drawString("polling consumer", left + 104, bottom + 35);
    }
}
