package dev.portalauth.internal.kraken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.Organization;
import dev.portalauth.PreSignedLink;
import dev.portalauth.PreSignedLinks;
import dev.portalauth.internal.config.ProxySettings;
import dev.portalauth.internal.config.RouteSettings;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * {@link PreSignedLinks} through the organisation client: {@code generatePreSignedToken} and
 * {@code invalidatePreSignedToken} sent as the organisation. Keys never reach a message.
 */
@ApplicationScoped
public class OrganizationPreSignedLinks implements PreSignedLinks {

    private static final Logger LOG = Logger.getLogger(OrganizationPreSignedLinks.class.getName());
    private static final Pattern SCOPE = Pattern.compile("[A-Z][A-Z_]*");
    private static final String GENERATE = "generatePreSignedToken";
    private static final String INVALIDATE = "invalidatePreSignedToken";

    private final ProxySettings proxy;
    private final RouteSettings routes;
    private final OrganizationKrakenClient organization;
    private final ServletContext servletContext;
    private final RepeatedWarning refusals = RepeatedWarning.perMinute(LOG);

    @Inject
    OrganizationPreSignedLinks(ProxySettings proxy, RouteSettings routes,
            @Organization OrganizationKrakenClient organization, ServletContext servletContext) {
        this.proxy = proxy;
        this.routes = routes;
        this.organization = organization;
        this.servletContext = servletContext;
    }

    /** For the container's client proxy only. */
    protected OrganizationPreSignedLinks() {
        this(null, null, null, null);
    }

    @Override
    public PreSignedLink issue(String email, String scope, int days) {
        if (scope == null || !SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException(LinkMessages.SCOPE_NOT_A_KRAKEN_NAME.format());
        }
        Map<?, ?> data;
        try {
            data = organization.requestRenewingExpired(KrakenDocuments.GENERATE_PRE_SIGNED_TOKEN,
                    Map.of("email", email, "days", days, "scope", scope), Map.class);
        } catch (KrakenException e) {
            warnWhenUnauthorised(GENERATE, KrakenRefusals.GENERATE_PRE_SIGNED_TOKEN, e);
            throw e;
        }
        Object answer = data == null ? null : data.get(GENERATE);
        if (answer instanceof Map<?, ?> issued && issued.get("token") instanceof String key && !key.isBlank()
                && issued.get("tokenExpiryDatetime") instanceof String expiry) {
            return new PreSignedLink(key, instant(expiry), issued.get("scope") instanceof String s ? s : scope);
        }
        throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), LinkMessages.NO_KEY_AND_EXPIRY.format());
    }

    @Override
    public String url(String key, String path) {
        String origin = proxy.publicOrigin().orElseThrow(() -> new IllegalStateException(LinkMessages.NO_PUBLIC_ORIGIN.format()))
                .serialized();
        String suffix = path == null ? "" : path;
        if (!suffix.isEmpty() && (!suffix.startsWith("/") || suffix.startsWith("//"))) {
            throw new IllegalArgumentException(LinkMessages.PATH_NOT_IN_THE_PORTAL.format());
        }
        return origin + servletContext.getContextPath() + routes.anonPathnames().first() + "/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8) + suffix;
    }

    @Override
    public boolean invalidate(String key) {
        try {
            Map<?, ?> data = organization.request(KrakenDocuments.INVALIDATE_PRE_SIGNED_TOKEN,
                    Map.of("input", Map.of("token", key)), Map.class);
            return KrakenEndings.tokenNoLongerValid(data, INVALIDATE);
        } catch (KrakenException e) {
            warnWhenUnauthorised(INVALIDATE, KrakenRefusals.INVALIDATE_PRE_SIGNED_TOKEN, e);
            return false;
        }
    }

    private void warnWhenUnauthorised(String operation, KrakenRefusals mutation, KrakenException e) {
        if (mutation.missingPermission(e.errorCodes())) {
            refusals.log(() -> EndMessages.LINK_MISSING_PERMISSION.format(operation, e.errorCodes(),
                    mutation.permission().orElseThrow()));
        }
    }

    private static Instant instant(String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException e) {
            throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), LinkMessages.UNREADABLE_EXPIRY.format());
        }
    }
}
