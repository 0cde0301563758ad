/**
 * Services shared by every Stroma Workbench bundle, headless and UI alike: the product's
 * identity, the versions of the components it is built from, and plugins added to an
 * installation through its dropins folder ({@link org.stroma.core.PluginDropins}).
 */
package org.stroma.core;
