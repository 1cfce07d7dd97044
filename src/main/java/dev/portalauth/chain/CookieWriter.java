package dev.portalauth.chain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.config.AuthSettings;

/**
 * Sets and clears the module's cookies with one set of attributes (HttpOnly, Path=/, Secure and
 * SameSite per config, Domain when configured), and marks such responses {@code no-store}.
 * Written as headers so {@code SameSite} comes out the same on every server.
 */
@ApplicationScoped
public class CookieWriter {

    @Inject
    AuthSettings settings;

    private String attributes;

    @PostConstruct
    void init() {
        StringBuilder b = new StringBuilder("; Path=/");
        settings.cookieDomain().ifPresent(d -> b.append("; Domain=").append(d));
        b.append("; HttpOnly");
        if (settings.cookieSecure()) {
            b.append("; Secure");
        }
        b.append("; SameSite=").append(settings.sameSite().attributeValue());
        attributes = b.toString();
    }

    /** Sets a cookie that lives {@code maxAgeSeconds}; a negative value makes a browser-session cookie. */
    public void set(HttpServletResponse response, String name, String value, long maxAgeSeconds) {
        String maxAge = maxAgeSeconds < 0 ? "" : "; Max-Age=" + maxAgeSeconds;
        write(response, name + "=" + value + maxAge + attributes);
    }

    public void clear(HttpServletResponse response, String name) {
        write(response, name + "=; Max-Age=0" + attributes);
    }

    private static void write(HttpServletResponse response, String header) {
        response.addHeader("Set-Cookie", header);
        response.setHeader("Cache-Control", "no-store");
    }
}
