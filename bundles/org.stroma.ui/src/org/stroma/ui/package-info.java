/**
 * The Stroma Workbench window: an Eclipse 4 application model with the Study Explorer, the
 * editor area, the status line and the Job progress indicator. Other UI bundles add to it
 * with model fragments and use the keys and topics named here.
 */
package org.stroma.ui;
