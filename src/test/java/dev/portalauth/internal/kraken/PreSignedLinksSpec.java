package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.portalauth.KrakenException;
import dev.portalauth.PreSignedLink;
import dev.portalauth.internal.config.AuthSettings;
import dev.portalauth.internal.config.MapConfig;
import dev.portalauth.internal.kraken.KrakenTransport.Endpoint;
import dev.portalauth.internal.support.CapturedLog;
import dev.portalauth.internal.support.MutableClock;

/**
 * {@code PreSignedLinks}: keys are issued ({@code generatePreSignedToken}) and ended
 * ({@code invalidatePreSignedToken}) as the organisation; a token Kraken says expired
 * ({@code KT-CT-1120}) is renewed and the issue sent once more; without the organisation key the
 * call names {@code kraken.organization-key}; a scope is checked only for Kraken's enum syntax; links
 * are absolute under the first anon pathname; keys never reach a log line.
 */
class PreSignedLinksSpec {

    private static final String KEY = "Kx9_secret-pre-signed-key-value";
    private static final MutableClock CLOCK = MutableClock.atSystemTime();

    record Sent(Endpoint endpoint, String document, String variables, String authorization) {
    }

    private static final class ScriptedTransport extends KrakenTransport {
        final List<Sent> sent = new ArrayList<>();
        final List<Supplier<GraphqlResult>> answers = new ArrayList<>();
        int organizationTokens;

        @Override
        public GraphqlResult send(Endpoint endpoint, KrakenCaller caller, String operation, String document,
                                  JsonObject variables, String authorization, String clientIp) {
            sent.add(new Sent(endpoint, document, variables.toString(), authorization));
            if (endpoint == Endpoint.AUTH) {
                organizationTokens++;
                long exp = CLOCK.instant().plusSeconds(3600).getEpochSecond();
                return data("{\"obtainKrakenToken\":{\"token\":\"org-token-" + organizationTokens
                        + "\",\"payload\":{\"exp\":" + exp + "}}}");
            }
            return answers.remove(0).get();
        }
    }

    private static GraphqlResult data(String json) {
        return new GraphqlResult(Json.createReader(new StringReader(json)).readObject(), List.of(), false, JsonValue.EMPTY_JSON_ARRAY);
    }

    private static GraphqlResult issued() {
        return data("{\"generatePreSignedToken\":{\"token\":\"" + KEY
                + "\",\"tokenExpiryDatetime\":\"2030-01-02T03:04:05+00:00\",\"scope\":\"SUBMIT_METER_READINGS\"}}");
    }

    private final ScriptedTransport kraken = new ScriptedTransport();
    private final CapturedLog log = CapturedLog.of(OrganizationPreSignedLinks.class);

    @AfterEach
    void close() {
        log.close();
    }

    private OrganizationPreSignedLinks links(String... config) {
        AuthSettings settings = AuthSettings.from(MapConfig.withEndpointAnd(config));
        OrganizationKrakenClient organization = new OrganizationKrakenClient(settings.organization(),
                new KrakenAuthentication(kraken), new KrakenQueries(kraken, null), CLOCK, null, null);
        ServletContext servletContext = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> "getContextPath".equals(method.getName()) ? "/portal" : null);
        return new OrganizationPreSignedLinks(settings.proxy(), settings.routes(), organization, servletContext);
    }

    private List<Sent> mutations() {
        return kraken.sent.stream().filter(s -> s.endpoint() == Endpoint.GRAPHQL).toList();
    }

    @Test
    void aKeyIsIssuedAsTheOrganisation() {
        kraken.answers.add(PreSignedLinksSpec::issued);

        PreSignedLink link = links("kraken.organization-key", "org-key").issue("demo@example.com",
                "SUBMIT_METER_READINGS", 3);

        assertEquals(new PreSignedLink(KEY, Instant.parse("2030-01-02T03:04:05Z"), "SUBMIT_METER_READINGS"), link);
        Sent sent = mutations().get(0);
        assertEquals("org-token-1", sent.authorization());
        assertEquals(KrakenDocuments.GENERATE_PRE_SIGNED_TOKEN, sent.document());
        assertEquals("{\"days\":3,\"email\":\"demo@example.com\",\"scope\":\"SUBMIT_METER_READINGS\"}",
                Json.createReader(new StringReader(sent.variables())).readObject().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .collect(Json::createObjectBuilder, (b, e) -> b.add(e.getKey(), e.getValue()), (a, b) -> { })
                        .build().toString());
        assertFalse(link.toString().contains(KEY));
    }

    @Test
    void anExpiredOrganisationTokenIsRenewedAndTheIssueSentOnceMore() {
        kraken.answers.add(() -> new GraphqlResult(null, List.of("KT-CT-1120"), true, JsonValue.EMPTY_JSON_ARRAY));
        kraken.answers.add(PreSignedLinksSpec::issued);

        PreSignedLink link = links("kraken.organization-key", "org-key").issue("demo@example.com",
                "SUBMIT_METER_READINGS", 3);

        assertEquals(KEY, link.key());
        assertEquals(List.of("org-token-1", "org-token-2"), mutations().stream().map(Sent::authorization).toList());
    }

    @Test
    void anotherRefusalIsThrownWithItsCodesAfterOneCallAndTheMissingPermissionIsNamed() {
        kraken.answers.add(() -> new GraphqlResult(null, List.of("KT-CT-1128"), true, JsonValue.EMPTY_JSON_ARRAY));

        KrakenException e = assertThrows(KrakenException.class,
                () -> links("kraken.organization-key", "org-key").issue("demo@example.com", "SUBMIT_METER_READINGS", 3));

        assertEquals(List.of("KT-CT-1128"), e.errorCodes());
        assertEquals(1, mutations().size());
        assertTrue(log.text().contains("Can generate pre-signed tokens"), log.text());
    }

    @Test
    void withoutTheOrganisationKeyTheCallNamesIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> links().issue("demo@example.com", "SUBMIT_METER_READINGS", 3));

        assertTrue(e.getMessage().contains("kraken.organization-key"));
        assertThrows(IllegalStateException.class, () -> links().invalidate(KEY));
        assertEquals(List.of(), kraken.sent);
    }

    @Test
    void aScopeIsCheckedOnlyForKrakensEnumSyntax() {
        OrganizationPreSignedLinks links = links("kraken.organization-key", "org-key");
        for (String scope : new String[] {"submit_meter_readings", "1SCOPE", "SCOPE X", "", "SCOPE\") { x }"}) {
            assertThrows(IllegalArgumentException.class, () -> links.issue("demo@example.com", scope, 3), scope);
        }
        assertEquals(List.of(), kraken.sent);
    }

    @Test
    void aLinkIsAbsoluteUnderTheFirstAnonPathname() {
        OrganizationPreSignedLinks links = links("kraken.auth.public-origin", "https://portal.example",
                "kraken.auth.routes.anon.pathname", "/links,/anon");

        assertEquals("https://portal.example/portal/links/" + KEY + "/meter-readings", links.url(KEY, "/meter-readings"));
        assertEquals("https://portal.example/portal/links/" + KEY, links.url(KEY, ""));
        assertThrows(IllegalArgumentException.class, () -> links.url(KEY, "//evil.example"));
        assertThrows(IllegalArgumentException.class, () -> links.url(KEY, "relative"));
    }

    @Test
    void withoutThePublicOriginALinkNamesIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> links().url(KEY, "/x"));
        assertTrue(e.getMessage().contains("kraken.auth.public-origin"));
    }

    @Test
    void aKeyIsEndedAsTheOrganisation() {
        kraken.answers.add(() -> data("{\"invalidatePreSignedToken\":{\"token\":{\"isValid\":false}}}"));

        assertTrue(links("kraken.organization-key", "org-key").invalidate(KEY));

        Sent sent = mutations().get(0);
        assertEquals("org-token-1", sent.authorization());
        assertEquals(KrakenDocuments.INVALIDATE_PRE_SIGNED_TOKEN, sent.document());
        assertEquals("{\"input\":{\"token\":\"" + KEY + "\"}}", sent.variables());
    }

    @Test
    void aRefusedEndingIsNotConfirmedAndNeverLogsTheKey() {
        kraken.answers.add(() -> new GraphqlResult(null, List.of("KT-CT-1129"), true, JsonValue.EMPTY_JSON_ARRAY));

        assertFalse(links("kraken.organization-key", "org-key").invalidate(KEY));

        assertFalse(log.text().contains(KEY));
        assertTrue(log.text().contains("KT-CT-1129"));
    }
}
