package dev.portalauth.internal.config;

/** Which unsafe requests the module judges with its cross-site rule ({@code kraken.auth.cross-site.protect}). */
public enum CrossSiteProtection {
    /** Every unsafe request: the portal's own forms and JSON endpoints as well as the module's. */
    ALL("all"),
    /** Only the module's state-changing endpoints and an application's own login. */
    AUTH_ENDPOINTS("auth-endpoints");

    private final String configValue;

    CrossSiteProtection(String configValue) {
        this.configValue = configValue;
    }

    /**
     * The constant for a configured value, in any letter case.
     *
     * @throws IllegalArgumentException for anything but {@code all} or {@code auth-endpoints}
     */
    public static CrossSiteProtection of(String value) {
        for (CrossSiteProtection candidate : values()) {
            if (candidate.configValue.equalsIgnoreCase(value.strip())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("must be all or auth-endpoints");
    }
}
