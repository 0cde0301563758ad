package org.stroma.cli.internal;

import java.nio.file.Path;

import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.store.DatabaseKey;

/**
 * The secrets a command needs, from environment variables or a prompt: the user's password
 * ({@value #PASSWORD}) and the database key ({@value #DATABASE_KEY}).
 */
final class Secrets {

    static final String PASSWORD = "STROMA_PASSWORD";
    static final String DATABASE_KEY = "STROMA_DB_KEY";
    static final String NEW_PASSWORD = "STROMA_NEW_PASSWORD";

    private Secrets() {
    }

    static char[] password(CommandIo io, String user) {
        return secret(io, PASSWORD, "Password for " + user + ": ");
    }

    static DatabaseKey databaseKey(CommandIo io, Path folder) {
        char[] key = secret(io, DATABASE_KEY, "Database key for " + folder + ": ");
        try {
            return DatabaseKey.of(new String(key));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** A secret from {@code variable}, else asked for; refused when neither gives one. */
    static char[] secret(CommandIo io, String variable, String question) {
        String value = io.environment().get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        char[] typed = io.prompt().ask(question);
        if (typed == null || typed.length == 0) {
            throw new CommandFailure(question.replace(": ", "") + " is needed: set " + variable
                    + " or run the command in a terminal to be asked");
        }
        return typed;
    }
}
