/**
 * Randomization in the workbench, over the headless study desk of {@code org.stroma.randomization}:
 * the statistician's Randomization Setup wizard (scheme, simulated diagnostics side by side, the
 * sealed list), the Randomize and Emergency Unblinding actions of the subject editor, and the
 * allocation log. Who may do what is decided by the access control; these classes only show it.
 */
package org.stroma.ui.randomization;
