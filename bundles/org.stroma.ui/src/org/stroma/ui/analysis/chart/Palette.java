package org.stroma.ui.analysis.chart;

import org.eclipse.swt.graphics.Color;

/**
 * Series colours: the Okabe-Ito palette, told apart by readers with any common colour vision
 * deficiency, in an order that keeps neighbouring series distinct.
 */
final class Palette {

    private static final Color[] COLORS = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0), new Color(240, 228, 66)};

    static final Color INK = new Color(40, 40, 40);
    static final Color GRID = new Color(215, 215, 215);
    static final Color REFERENCE = new Color(120, 120, 120);

    private Palette() {
    }

    static Color color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
