package dev.portalauth.internal.cookie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.token.CookieMessages;

/**
 * Sets and clears the module's cookies with one set of attributes (HttpOnly, Path=/, Secure and
 * SameSite per config, Domain when configured), and marks such responses {@code no-store}.
 * Written as headers so {@code SameSite} comes out the same on every server.
 */
@ApplicationScoped
public class CookieWriter {

    private final String attributes;
    /** The same attributes with {@code SameSite=Lax}, for cookies that must survive a cross-site navigation back. */
    private final String laxAttributes;

    @Inject
    public CookieWriter(CookieSettings cookie) {
        StringBuilder b = new StringBuilder("; Path=/");
        cookie.cookieDomain().ifPresent(d -> b.append("; Domain=").append(d));
        b.append("; HttpOnly");
        if (cookie.cookieSecure()) {
            b.append("; Secure");
        }
        String common = b.toString();
        attributes = common + "; SameSite=" + cookie.sameSite().attributeValue();
        laxAttributes = common + "; SameSite=Lax";
    }

    /** For the container's client proxy only. */
    protected CookieWriter() {
        this.attributes = null;
        this.laxAttributes = null;
    }

    /**
     * Browsers keep no cookie whose name and value exceed 4096 bytes (RFC 6265 5.3, 6.1): such a
     * cookie is never set, and never read as a credential or guest token.
     */
    public static final int MAX_NAME_AND_VALUE_BYTES = 4096;

    /** True when a browser would keep a cookie with this name and value. */
    public static boolean fits(String name, String value) {
        int chars = name.length() + value.length();
        // Every request reads its cookies through this: decide by length alone when that is enough.
        if (chars > MAX_NAME_AND_VALUE_BYTES) {
            return false;
        }
        return chars * 3 <= MAX_NAME_AND_VALUE_BYTES || utf8Length(name) + utf8Length(value) <= MAX_NAME_AND_VALUE_BYTES;
    }

    /**
     * Sets a cookie that lives {@code maxAgeSeconds}; a negative value makes a browser-session cookie.
     *
     * @throws IllegalStateException when the cookie would not {@link #fits fit}: callers check first,
     *                               so that nothing is half-set
     */
    public void set(HttpServletResponse response, String name, String value, long maxAgeSeconds) {
        set(response, name, value, maxAgeSeconds, attributes);
    }

    public void clear(HttpServletResponse response, String name) {
        write(response, name + "=; Max-Age=0" + attributes);
    }

    /**
     * {@link #set}, but {@code SameSite=Lax} whatever {@code kraken.auth.cookie.same-site} says: for
     * a cookie read when the browser comes back from another site (Kraken OAuth's callback), which
     * a {@code Strict} cookie would not be sent with.
     */
    public void setLax(HttpServletResponse response, String name, String value, long maxAgeSeconds) {
        set(response, name, value, maxAgeSeconds, laxAttributes);
    }

    /** Clears a cookie {@link #setLax set Lax}. */
    public void clearLax(HttpServletResponse response, String name) {
        write(response, name + "=; Max-Age=0" + laxAttributes);
    }

    private static void set(HttpServletResponse response, String name, String value, long maxAgeSeconds,
                            String attributes) {
        if (!fits(name, value)) {
            throw new IllegalStateException(CookieMessages.COOKIE_TOO_LARGE.format(name, MAX_NAME_AND_VALUE_BYTES));
        }
        String maxAge = maxAgeSeconds < 0 ? "" : "; Max-Age=" + maxAgeSeconds;
        write(response, name + "=" + value + maxAge + attributes);
    }

    /** Cookie names and values are ASCII as the module writes them; count anything else as UTF-8. */
    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static void write(HttpServletResponse response, String header) {
        response.addHeader("Set-Cookie", header);
        response.setHeader("Cache-Control", "no-store");
    }
}
