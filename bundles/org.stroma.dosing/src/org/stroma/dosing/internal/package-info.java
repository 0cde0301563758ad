/**
 * Implementation shared by the calculations: exact decimal arithmetic, refusals that name the
 * field, dimension analysis through a density, and the one-time preparation Indriya needs inside
 * OSGi. Not exported.
 */
package org.stroma.dosing.internal;
