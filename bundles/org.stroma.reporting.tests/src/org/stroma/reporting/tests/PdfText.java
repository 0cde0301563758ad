package org.stroma.reporting.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back with PDFBox: its text, page by page, and its fonts. */
record PdfText(List<String> pages, List<String> notEmbeddedFonts) {

    static PdfText read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
                PDPage pdPage = document.getPage(page - 1);
                for (var name : pdPage.getResources().getFontNames()) {
                    PDFont font = pdPage.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            return new PdfText(pages, notEmbedded);
        }
    }

    String all() {
        return String.join("\n", pages);
    }

    /**
     * The text with line breaks and runs of spaces as one space, and a word broken after its
     * hyphen at the end of a line ("SVF-\nassisted") joined again, for text that wraps.
     */
    String flat() {
        return all().replaceAll("\\s+", " ").replaceAll("(?<=\\w)- (?=\\w)", "-");
    }
}
