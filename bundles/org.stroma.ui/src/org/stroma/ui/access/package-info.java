/**
 * The dialogs of access control: user accounts and passwords, and electronic signatures. Each
 * runs its call to the access control in a Job and shows a refusal in red without closing.
 */
package org.stroma.ui.access;
