package dev.portalauth.internal.cookie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.config.CookieSettings;
import dev.portalauth.internal.config.GuestSettings;

/** The names in force of the module's cookies: {@code kraken.auth.cookie.name-prefix} + base name. */
public final class CookieNames {

    private final String masquerade;
    private final String masqueradeBinding;
    private final String access;
    private final String accessBinding;
    private final String refresh;
    private final String scoped;
    private final String scopedBinding;
    private final String sessionPayload;
    private final String guest;
    private final String oauthLoginPrefix;
    /** Empty when mobile web view is off: the cookie is then not the module's to read or clear. */
    private final Optional<String> mobileWebView;

    public CookieNames(CookieSettings settings, GuestSettings guestSettings) {
        String prefix = settings.cookieNamePrefix();
        masquerade = prefix + AuthCookies.MASQUERADE;
        masqueradeBinding = masquerade + AuthCookies.BINDING_SUFFIX;
        access = prefix + AuthCookies.ACCESS;
        accessBinding = access + AuthCookies.BINDING_SUFFIX;
        refresh = prefix + AuthCookies.REFRESH;
        scoped = prefix + AuthCookies.SCOPED;
        scopedBinding = scoped + AuthCookies.BINDING_SUFFIX;
        sessionPayload = prefix + AuthCookies.SESSION_PAYLOAD;
        guest = prefix + guestSettings.guestCookieName();
        oauthLoginPrefix = prefix + AuthCookies.OAUTH_LOGIN_PREFIX;
        mobileWebView = settings.mobileWebViewEnabled() ? Optional.of(AuthCookies.MOBILE_WEB_VIEW) : Optional.empty();
    }

    public String masquerade() {
        return masquerade;
    }

    /** {@code MWAuthToken} when mobile web view is on (never prefixed: the app sets it); else empty. */
    public Optional<String> mobileWebView() {
        return mobileWebView;
    }

    public String access() {
        return access;
    }

    public String refresh() {
        return refresh;
    }

    public String scoped() {
        return scoped;
    }

    public String sessionPayload() {
        return sessionPayload;
    }

    public String guest() {
        return guest;
    }

    /** The cookie of the Kraken OAuth login in progress with this {@code state}: one per login, so two tabs both work. */
    public String oauthLogin(String state) {
        return oauthLoginPrefix + state;
    }

    /** Whether {@code name} is the cookie of a Kraken OAuth login in progress. */
    public boolean isOAuthLogin(String name) {
        return name.startsWith(oauthLoginPrefix);
    }

    /** The binding cookie of a credential the module sets; {@code null} for mobile web view (the app sets it). */
    public String bindingOf(AuthMethod kind) {
        return switch (kind) {
            case MASQUERADE -> masqueradeBinding;
            case ACCESS_TOKEN -> accessBinding;
            case SCOPED -> scopedBinding;
            case MOBILE_WEB_VIEW, NONE -> null;
        };
    }

    /** The cookie that holds a credential of {@code kind} (mobile web view: whether or not it is on). */
    public String credentialOf(AuthMethod kind) {
        return switch (kind) {
            case MASQUERADE -> masquerade;
            case MOBILE_WEB_VIEW -> AuthCookies.MOBILE_WEB_VIEW;
            case ACCESS_TOKEN -> access;
            case SCOPED -> scoped;
            case NONE -> throw new IllegalArgumentException("no credential for NONE");
        };
    }

    /** The credentials that outrank an access token and so must go when one is set: masquerade, mobile web view when on. */
    public List<String> outrankingAccess() {
        List<String> outranking = new ArrayList<>(List.of(masquerade));
        mobileWebView.ifPresent(outranking::add);
        return List.copyOf(outranking);
    }

    /** Every cookie a logout clears: credentials (mobile web view when on), bindings, refresh token, payload and guest. */
    public List<String> all() {
        List<String> all = new ArrayList<>(List.of(masquerade, masqueradeBinding, access, accessBinding, refresh,
                scoped, scopedBinding, sessionPayload, guest));
        mobileWebView.ifPresent(all::add);
        return List.copyOf(all);
    }
}
