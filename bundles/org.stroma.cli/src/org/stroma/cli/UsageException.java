package org.stroma.cli;

/** The command line itself is wrong (unknown option, missing value). Exit code 2. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
