package org.stroma.ui.reporting;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** The pages of a PDF as SWT image data, drawn with PDFBox off the UI thread. */
final class PdfPages {

    private PdfPages() {
    }

    static List<ImageData> render(Path pdf, float dpi) throws IOException {
        List<ImageData> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(imageData(renderer.renderImageWithDPI(page, dpi, ImageType.RGB)));
            }
        }
        return pages;
    }

    private static ImageData imageData(BufferedImage image) {
        int width = image.getWidth();
        ImageData data = new ImageData(width, image.getHeight(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
