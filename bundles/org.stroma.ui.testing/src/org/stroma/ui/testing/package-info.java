/**
 * A small fixture for UI tests that drive real SWT widgets the way a person does: open
 * menus, click items, select and open tree items, read what is shown, handle modal
 * dialogs and save screenshots. It stands in for SWTBot, which is not available here.
 */
package org.stroma.ui.testing;
