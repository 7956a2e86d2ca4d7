package eu.skilltalk.badge;

import eu.skilltalk.content.Content;
import eu.skilltalk.dialog.BadgeClass;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Draws badge artwork with Java2D, shapes only (no fonts, so it looks the same on any server): a rosette in
 * the badge's colour with its icon in white; the issuer's logo is a star on slate. Square PNGs of
 * {@value #SIZE} pixels, well above the 90 pixels backpacks ask for. Each is drawn when first asked for and
 * kept: PNG encoding is the slow part, and most installations show a few badges only.
 */
@Component
class BadgeArtwork {

    static final int SIZE = 512;
    static final String ISSUER = "issuer";
    private static final Color ISSUER_COLOUR = new Color(0x334155);
    /** Icons are drawn in a 100 x 100 box. */
    private static final double ICON_BOX = 100;
    private static final BasicStroke LINE = new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** One drawing: the image (for baking) and its plain PNG. */
    record Artwork(BufferedImage image, byte[] png) {
    }

    /** What to draw for one badge. */
    private record Design(String icon, Color colour) {
    }

    private final Map<String, Design> designs = new HashMap<>();
    private final Map<String, Artwork> drawn = new ConcurrentHashMap<>();

    BadgeArtwork(Content content) {
        for (BadgeClass badge : content.dialogs().badges().all()) {
            designs.put(badge.id(), new Design(badge.icon(), Color.decode(badge.colour())));
        }
        designs.put(ISSUER, new Design("star", ISSUER_COLOUR));
    }

    /** The artwork of a badge class, or of the issuer for {@value #ISSUER}. */
    Optional<Artwork> of(String id) {
        Design design = designs.get(id);
        return design == null ? Optional.empty()
                : Optional.of(drawn.computeIfAbsent(id, key -> artwork(draw(design.icon(), design.colour()))));
    }

    static BufferedImage draw(String icon, Color colour) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double c = SIZE / 2.0;
            g.setColor(shade(colour, 0.7));
            g.fill(rosette(c, c * 0.98));
            g.setPaint(new RadialGradientPaint(new Point2D.Double(c, c * 0.75), (float) (c * 0.9),
                    new float[] {0f, 1f}, new Color[] {shade(colour, 1.35), colour},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(circle(c, c, c * 0.8));
            g.setColor(new Color(255, 255, 255, 210));
            g.setStroke(new BasicStroke(SIZE / 80f));
            g.draw(circle(c, c, c * 0.71));
            double box = SIZE * 0.44;
            g.translate(c - box / 2, c - box / 2);
            g.scale(box / ICON_BOX, box / ICON_BOX);
            g.setColor(Color.WHITE);
            g.setStroke(LINE);
            icon(g, icon, colour);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Artwork artwork(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Artwork(image, png.toByteArray());
    }

    /** A circle with 24 soft bumps, like a rosette. */
    private static Shape rosette(double c, double radius) {
        Path2D path = new Path2D.Double();
        int steps = 720;
        for (int i = 0; i <= steps; i++) {
            double angle = 2 * Math.PI * i / steps;
            double r = radius * (0.95 + 0.05 * Math.cos(24 * angle));
            double x = c + r * Math.cos(angle);
            double y = c + r * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /** Draws one of {@link BadgeClass#ICONS} in white in the 100 x 100 box; {@code colour} cuts details out. */
    static void icon(Graphics2D g, String icon, Color colour) {
        switch (icon) {
            case "eye" -> {
                Path2D eye = new Path2D.Double();
                eye.append(new QuadCurve2D.Double(8, 50, 50, 8, 92, 50), false);
                eye.append(new QuadCurve2D.Double(92, 50, 50, 92, 8, 50), true);
                g.draw(eye);
                g.fill(circle(50, 50, 16));
                g.setColor(colour);
                g.fill(circle(50, 50, 7));
            }
            case "bulb" -> {
                g.fill(circle(50, 38, 26));
                g.fill(polygon(36, 56, 64, 56, 59, 72, 41, 72));
                g.fill(new RoundRectangle2D.Double(40, 75, 20, 6, 6, 6));
                g.fill(new RoundRectangle2D.Double(43, 84, 14, 6, 6, 6));
                g.setColor(colour);
                g.draw(new QuadCurve2D.Double(38, 36, 40, 22, 52, 20));
            }
            case "mountain" -> {
                g.fill(polygon(6, 86, 38, 34, 52, 56, 64, 42, 94, 86));
                g.draw(new Line2D.Double(38, 34, 38, 10));
                g.fill(polygon(38, 10, 56, 16, 38, 22));
            }
            case "compass" -> {
                g.draw(circle(50, 50, 40));
                g.fill(polygon(50, 16, 60, 50, 40, 50));
                g.draw(polygon(40, 50, 60, 50, 50, 84));
                g.setColor(colour);
                g.fill(circle(50, 50, 4));
            }
            case "flag" -> {
                g.draw(new Line2D.Double(28, 12, 28, 90));
                g.draw(new Line2D.Double(16, 90, 44, 90));
                Path2D flag = new Path2D.Double();
                flag.moveTo(28, 14);
                flag.curveTo(44, 6, 60, 24, 82, 14);
                flag.lineTo(82, 48);
                flag.curveTo(60, 58, 44, 40, 28, 48);
                flag.closePath();
                g.fill(flag);
            }
            case "calendar" -> {
                g.draw(new RoundRectangle2D.Double(14, 22, 72, 66, 12, 12));
                g.fill(new RoundRectangle2D.Double(14, 22, 72, 18, 12, 12));
                g.draw(new Line2D.Double(34, 12, 34, 28));
                g.draw(new Line2D.Double(66, 12, 66, 28));
                Path2D check = new Path2D.Double();
                check.moveTo(34, 62);
                check.lineTo(45, 73);
                check.lineTo(67, 50);
                g.draw(check);
            }
            case "people" -> {
                person(g, 66, colour);
                person(g, 36, colour);
            }
            case "speech" -> {
                g.fill(new RoundRectangle2D.Double(10, 16, 80, 52, 30, 30));
                g.fill(polygon(26, 60, 24, 88, 50, 64));
                g.setColor(colour);
                for (int x = 32; x <= 68; x += 18) {
                    g.fill(circle(x, 42, 6));
                }
            }
            case "phone" -> {
                g.draw(new RoundRectangle2D.Double(28, 8, 44, 84, 14, 14));
                g.draw(new Line2D.Double(44, 18, 56, 18));
                g.fill(circle(50, 80, 4));
                g.fill(new RoundRectangle2D.Double(36, 28, 28, 40, 4, 4));
            }
            case "loop" -> {
                g.draw(new Arc2D.Double(16, 16, 68, 68, 60, 290, Arc2D.OPEN));
                g.fill(polygon(54, 6, 72, 22, 50, 30));
            }
            case "star" -> g.fill(star(50, 52, 44, 18));
            default -> throw new IllegalArgumentException("No drawing for icon '" + icon + "'");
        }
    }

    /** A head and shoulders at {@code x}, outlined in {@code colour} so an overlapping person stands apart. */
    private static void person(Graphics2D g, double x, Color colour) {
        Shape head = circle(x, 32, 13);
        Shape body = new Arc2D.Double(x - 26, 50, 52, 64, 0, 180, Arc2D.CHORD);
        Color white = g.getColor();
        g.setColor(colour);
        g.setStroke(new BasicStroke(6f));
        g.draw(head);
        g.draw(body);
        g.setColor(white);
        g.setStroke(LINE);
        g.fill(head);
        g.fill(body);
    }

    private static Shape star(double cx, double cy, double outer, double inner) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static Shape polygon(double... points) {
        Path2D path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Ellipse2D circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    private static Color shade(Color colour, double factor) {
        return new Color(channel(colour.getRed(), factor), channel(colour.getGreen(), factor),
                channel(colour.getBlue(), factor));
    }

    private static int channel(int value, double factor) {
        return (int) Math.min(255, Math.round(value * factor + (factor > 1 ? 30 : 0)));
    }
}
