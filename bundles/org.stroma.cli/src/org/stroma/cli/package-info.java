/**
 * The {@code stroma} command line: headless commands that run without a display, each a DS
 * service, dispatched by name.
 */
package org.stroma.cli;
