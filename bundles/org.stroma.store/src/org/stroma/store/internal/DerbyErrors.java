package org.stroma.store.internal;

import java.sql.SQLException;

/** Turns Derby's SQL states into sentences a study coordinator can act on. */
final class DerbyErrors {

    private static final String WRONG_KEY = "the database key is wrong: this database is encrypted and opens only"
            + " with the key it was created with (ask the study's administrator)";

    private DerbyErrors() {
    }

    static String describe(SQLException e) {
        SQLException root = e;
        while (root.getNextException() != null) {
            root = root.getNextException();
        }
        String state = root.getSQLState() == null ? "" : root.getSQLState();
        return switch (state) {
            case "XSDB6" -> "the database is already open in another Stroma Workbench or command";
            case "XBM06", "XBCXK" -> WRONG_KEY;
            case "XJ040", "XJ041" -> describeCause(e);
            default -> root.getMessage() + (state.isEmpty() ? "" : " (SQL state " + state + ")");
        };
    }

    private static String describeCause(SQLException e) {
        Throwable cause = e.getCause();
        while (cause instanceof SQLException sql) {
            if ("XSDB6".equals(sql.getSQLState())) {
                return "the database is already open in another Stroma Workbench or command";
            }
            if ("XBM06".equals(sql.getSQLState()) || "XBCXK".equals(sql.getSQLState())) {
                return WRONG_KEY;
            }
            cause = sql.getCause() != null ? sql.getCause() : sql.getNextException();
        }
        return e.getMessage();
    }
}
