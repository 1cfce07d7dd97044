package dev.portalauth;

/** How the current request is authenticated; the JSON name is what {@code /api/auth/session} reports. */
public enum AuthMethod {
    MASQUERADE("masquerade", "masquerade"),
    MOBILE_WEB_VIEW("mobile-web-view", "mobile-web-view"),
    ACCESS_TOKEN("access-token", "user"),
    SCOPED("scoped", "scoped"),
    NONE("none", null);

    private final String jsonName;
    private final String group;

    AuthMethod(String jsonName, String group) {
        this.jsonName = jsonName;
        this.group = group;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The Jakarta Security group the caller is in, or {@code null} for {@link #NONE}. */
    public String group() {
        return group;
    }

    /** Masquerade, mobile web view and access-token sessions are full sessions; scoped is not. */
    public boolean isFull() {
        return this == MASQUERADE || this == MOBILE_WEB_VIEW || this == ACCESS_TOKEN;
    }
}
