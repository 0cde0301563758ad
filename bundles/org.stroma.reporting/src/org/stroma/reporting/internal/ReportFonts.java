package org.stroma.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The fonts every report is set in: DejaVu Sans and DejaVu Sans Mono, shipped with the
 * application and embedded in each PDF, so pages look the same on every machine whatever fonts
 * it has. BIRT finds fonts in folders, so they are copied to a folder of their own and a font
 * configuration naming that folder is written beside them.
 */
final class ReportFonts {

    /** Where the font files are found on the class path. */
    private static final String PACKAGE = "net/sf/jasperreports/fonts/dejavu/";
    private static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf");

    private ReportFonts() {
    }

    /** Copies the fonts into {@code folder} (once) and returns the BIRT font configuration for them. */
    static URL install(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String file : FILES) {
                Path target = folder.resolve(file);
                if (!Files.exists(target)) {
                    try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(PACKAGE + file)) {
                        if (in == null) {
                            throw new IllegalStateException("report font " + PACKAGE + file + " is not installed");
                        }
                        Path part = Files.createTempFile(folder, file, ".part");
                        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                        try {
                            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                        } catch (java.nio.file.FileAlreadyExistsException installedMeanwhile) {
                            Files.delete(part);
                        }
                    }
                }
            }
            Path config = folder.resolve("fontsConfig.xml");
            Path part = Files.createTempFile(folder, "fontsConfig", ".part");
            Files.writeString(part, configuration(folder), StandardCharsets.UTF_8);
            Files.move(part, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return config.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the report fonts in " + folder, e);
        }
    }

    private static String configuration(Path folder) {
        String path = folder.toAbsolutePath().toString().replace("&", "&amp;").replace("\"", "&quot;");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <font>
                  <font-aliases>
                    <mapping name="sans-serif" font-family="DejaVu Sans"/>
                    <mapping name="serif" font-family="DejaVu Sans"/>
                    <mapping name="monospace" font-family="DejaVu Sans Mono"/>
                    <mapping name="Helvetica" font-family="DejaVu Sans"/>
                  </font-aliases>
                  <font-paths>
                    <path path="%s"/>
                  </font-paths>
                </font>
                """.formatted(path);
    }
}
