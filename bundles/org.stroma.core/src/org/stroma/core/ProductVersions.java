package org.stroma.core;

import java.util.List;

/**
 * The versions of the product and of the main components it is built from, read from the
 * running framework so they never drift from what is really installed.
 */
public interface ProductVersions {

    /** The product's name as shown to users. */
    String PRODUCT_NAME = "Stroma Workbench";

    /** The product's own version (the version of the core bundle). */
    String productVersion();

    /** The main components that are installed, in a fixed, user-facing order. */
    List<ComponentVersion> components();
}
