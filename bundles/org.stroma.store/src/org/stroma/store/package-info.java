/**
 * The study database: one embedded Apache Derby database per workspace folder, its schema
 * versioned and migrated forward on open. This is the only bundle that speaks SQL.
 */
package org.stroma.store;
