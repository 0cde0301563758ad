package org.stroma.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Plugins added to an installed product without rebuilding it: bundle jars in a {@code dropins}
 * folder beside {@code plugins/} are installed and started at every start, updated when their jar
 * changes and uninstalled when it is removed. Jars that are no plugin bundle, fragments, and
 * bundles that would replace one of the product's own are refused, and every decision is logged.
 */
public interface PluginDropins {

    /**
     * Framework or system property naming the dropins folder instead of {@code dropins/} in the
     * install area, for installations users cannot write to (Program Files, a signed macOS app):
     * a line {@code stroma.dropins=@user.home/Stroma Workbench/dropins} in the installation's
     * {@code configuration/config.ini}, or {@code -Dstroma.dropins=...} in {@code STROMA_VMARGS};
     * {@code @user.home} stands for the user's home folder.
     */
    String FOLDER_PROPERTY = "stroma.dropins";

    /** The product's dropins folder (it need not exist). */
    Path folder();

    /**
     * Brings the bundles installed from {@code folder} in line with the jars in it: installs,
     * updates, starts, uninstalls and refuses.
     *
     * @return one outcome per jar and per removed bundle, in file name order
     */
    List<DropinOutcome> synchronize(Path folder);

    /**
     * Checks {@code jar}, copies it into {@code folder} as {@code symbolicName_version.jar} (creating
     * the folder, replacing jars of the same symbolic name) and {@linkplain #synchronize synchronizes}.
     *
     * @return the outcomes of the synchronization; the added jar's is among them
     * @throws IllegalArgumentException if the jar is no plugin bundle or cannot be copied
     */
    List<DropinOutcome> add(Path jar, Path folder);
}
