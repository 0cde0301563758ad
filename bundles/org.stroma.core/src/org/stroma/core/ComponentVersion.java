package org.stroma.core;

/**
 * One component of the product as the user sees it in About and {@code stroma version}.
 *
 * @param name    what the component is, in words (for example "Apache Derby")
 * @param bundle  the OSGi bundle that carries it
 * @param version the installed bundle's version
 */
public record ComponentVersion(String name, String bundle, String version) {
}
