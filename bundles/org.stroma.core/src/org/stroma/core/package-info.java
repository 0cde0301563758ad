/**
 * Services shared by every Stroma Workbench bundle, headless and UI alike: the product's
 * identity and the versions of the components it is built from.
 */
package org.stroma.core;
