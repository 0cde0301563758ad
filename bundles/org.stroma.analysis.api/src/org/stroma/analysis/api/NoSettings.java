package org.stroma.analysis.api;

/**
 * Settings of an analysis that has nothing to configure.
 *
 * @since 1.0
 */
public record NoSettings() {
}
