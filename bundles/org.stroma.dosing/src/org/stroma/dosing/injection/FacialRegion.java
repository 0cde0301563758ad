package org.stroma.dosing.injection;

/**
 * Facial regions grafted for atrophy in localized scleroderma (e.g. en coup de sabre,
 * Parry-Romberg).
 *
 * @since 0.1
 */
public enum FacialRegion {
    /** Forehead (frontal). */
    FOREHEAD("forehead"),
    /** Glabella. */
    GLABELLA("glabella"),
    /** Temple (temporal). */
    TEMPLE("temple"),
    /** Periorbital region. */
    PERIORBITAL("periorbital region"),
    /** Malar (zygomatic) region. */
    MALAR("malar region"),
    /** Cheek (buccal). */
    CHEEK("cheek"),
    /** Nose. */
    NOSE("nose"),
    /** Nasolabial fold. */
    NASOLABIAL_FOLD("nasolabial fold"),
    /** Upper lip. */
    UPPER_LIP("upper lip"),
    /** Lower lip. */
    LOWER_LIP("lower lip"),
    /** Chin. */
    CHIN("chin"),
    /** Jawline (mandibular). */
    JAWLINE("jawline");

    private final String label;

    FacialRegion(String label) {
        this.label = label;
    }

    /** Name used in site labels. */
    public String label() {
        return label;
    }
}
