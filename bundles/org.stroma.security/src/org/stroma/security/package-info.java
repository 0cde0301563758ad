/**
 * Who may do what with study data: local user accounts with slow salted password hashes and
 * lockout, roles whose permissions are checked here (not only in the UI), site restriction,
 * blinding of the allocated arm, electronic signatures bound to the signed content, record
 * locks, unblinding and data queries. The workbench and the commands reach study data only
 * through a {@link org.stroma.security.StudyAccess} of a signed-in {@link org.stroma.security.UserSession}.
 */
package org.stroma.security;
