package org.stroma.security;

/**
 * What a signer means by signing, as 21 CFR 11.50 asks a signature to show.
 *
 * @since 0.1
 */
public enum SignatureMeaning {
    AUTHORSHIP("Authorship", Permission.SIGN_AUTHORSHIP),
    REVIEW("Review", Permission.SIGN_REVIEW),
    APPROVAL("Approval", Permission.SIGN_APPROVAL);

    private final String label;
    private final Permission permission;

    SignatureMeaning(String label, Permission permission) {
        this.label = label;
        this.permission = permission;
    }

    public String label() {
        return label;
    }

    /** The permission a signer needs to sign with this meaning. */
    public Permission permission() {
        return permission;
    }
}
