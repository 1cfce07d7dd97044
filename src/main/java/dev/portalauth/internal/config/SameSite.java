package dev.portalauth.internal.config;

/** The {@code SameSite} attribute of every cookie the module sets. */
public enum SameSite {
    STRICT("Strict"),
    LAX("Lax"),
    /** Cross-site cookies; browsers accept them only with {@code Secure}. */
    NONE("None");

    private final String attributeValue;

    SameSite(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    /** The value as written in {@code Set-Cookie}: {@code Strict}, {@code Lax} or {@code None}. */
    public String attributeValue() {
        return attributeValue;
    }

    /**
     * The constant for an attribute value, in any letter case.
     *
     * @throws IllegalArgumentException for anything but strict, lax or none
     */
    public static SameSite of(String value) {
        for (SameSite candidate : values()) {
            if (candidate.attributeValue.equalsIgnoreCase(value.strip())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("must be Strict, Lax or None");
    }
}
