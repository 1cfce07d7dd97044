package dev.portalauth;

/** How the current request is authenticated; the JSON name is what {@code /api/auth/session} reports. */
public enum AuthMethod {
    /** Support staff acting as a customer (a masquerade token). */
    MASQUERADE("masquerade", "masquerade"),
    /** A customer in the mobile app's web view (the token the app hands over). */
    MOBILE_WEB_VIEW("mobile-web-view", "mobile-web-view"),
    /** A logged-in customer (a Kraken access token, refreshed when it expires). */
    ACCESS_TOKEN("access-token", "user"),
    /** A visitor who came through a pre-signed link: one account, a short-lived scoped token. */
    SCOPED("scoped", "scoped"),
    /** No session: an anonymous visitor (a guest, at most). */
    NONE("none", null);

    private final String jsonName;
    private final String group;

    AuthMethod(String jsonName, String group) {
        this.jsonName = jsonName;
        this.group = group;
    }

    /** {@return the name {@code /api/auth/session} reports, e.g. {@code access-token}} */
    public String jsonName() {
        return jsonName;
    }

    /** {@return the Jakarta Security group the caller is in, or {@code null} for {@link #NONE}} */
    public String group() {
        return group;
    }

    /**
     * Masquerade, mobile web view and access-token sessions are full sessions; scoped is not.
     *
     * @return whether this is a full session
     */
    public boolean isFull() {
        return this == MASQUERADE || this == MOBILE_WEB_VIEW || this == ACCESS_TOKEN;
    }
}
