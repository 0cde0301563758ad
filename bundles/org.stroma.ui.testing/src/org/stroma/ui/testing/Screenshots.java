package org.stroma.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * PNG screenshots of controls. {@link Control#print(GC)} draws the control itself, which
 * works under Xvfb where copying the screen area shows black edges (no window manager).
 */
final class Screenshots {

    private Screenshots() {
    }

    static Path save(Control control, Path file) {
        // Paint what changed since the last turn of the event loop, or the picture shows the past.
        while (control.getDisplay().readAndDispatch()) {
            // drain pending events
        }
        control.update();
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            control.print(gc);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + file, e);
        } finally {
            image.dispose();
        }
    }
}
