package dev.portalauth.internal.kraken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.kraken.KrakenTransport.Endpoint;
import dev.portalauth.internal.observe.CountedOutcome;
import dev.portalauth.internal.observe.Flow;
import dev.portalauth.internal.support.RepeatedWarning;
import dev.portalauth.spi.MasqueradeParams;

/**
 * Kraken's authentication mutations, one method per way in. Each failure is a
 * {@link KrakenException} whose auth error says what it means for the visitor: the operation's own
 * refusal code, {@code RATE_LIMITED}, or {@code KRAKEN_UNAVAILABLE}. Secrets never reach a message.
 */
@ApplicationScoped
public class KrakenAuthentication {

    private static final Logger LOG = Logger.getLogger(KrakenAuthentication.class.getName());

    private final RepeatedWarning garbageWarnings = RepeatedWarning.perMinute(LOG);
    // Refusals are what a flood of random keys produces: one line a minute, with a count.
    private final RepeatedWarning refusals = new RepeatedWarning(LOG, Level.INFO, Duration.ofMinutes(1), Clock.systemUTC());
    private final RepeatedWarning otherErrors = RepeatedWarning.perMinute(LOG);
    private final RepeatedWarning payloadRefusals =
            new RepeatedWarning(LOG, Level.INFO, Duration.ofMinutes(1), Clock.systemUTC());

    private final KrakenTransport transport;

    @Inject
    KrakenAuthentication(KrakenTransport transport) {
        this.transport = transport;
    }

    /** For the container's client proxy only. */
    protected KrakenAuthentication() {
        this(null);
    }

    @CountedOutcome(Flow.EXCHANGE)
    public ObtainedToken exchangePreSignedKey(String preSignedKey, String clientIp) {
        return obtain("preSignedKey", input().add("preSignedKey", preSignedKey).build(),
                KrakenRefusals.PRE_SIGNED_KEY, KrakenCaller.ANONYMOUS, clientIp);
    }

    @CountedOutcome(Flow.LOGIN)
    public ObtainedToken login(String email, String password, String clientIp) {
        return obtain("email", input().add("email", email).add("password", password).build(),
                KrakenRefusals.LOGIN, KrakenCaller.ANONYMOUS, clientIp);
    }

    @CountedOutcome(Flow.REFRESH)
    public ObtainedToken refresh(String refreshToken, String clientIp) {
        return obtain("refreshToken", input().add("refreshToken", refreshToken).build(),
                KrakenRefusals.REFRESH, KrakenCaller.SESSION, clientIp);
    }

    /** The masquerade token; refusals arrive in the payload's {@code errors} or in {@code errors[]}. */
    @CountedOutcome(Flow.MASQUERADE)
    public String masquerade(MasqueradeParams params, String clientIp) {
        JsonObject variables = transport.json().createObjectBuilder()
                .add("masqueradeToken", params.masqueradeToken())
                .add("userId", params.userId())
                .build();
        GraphqlResult result = transport.send(Endpoint.AUTH, KrakenCaller.ANONYMOUS, "masqueradeAuthentication",
                KrakenDocuments.MASQUERADE_AUTHENTICATION, variables, null, clientIp);
        refuseOnErrors("masqueradeAuthentication", result, KrakenRefusals.MASQUERADE);
        JsonObject payload = result.field("masqueradeAuthentication");
        if (payload == null) {
            throw garbage("masqueradeAuthentication");
        }
        if (payload.get("errors") instanceof JsonArray errors && !errors.isEmpty()) {
            payloadRefusals.log(KrakenMessages.MASQUERADE_REFUSED::format);
            throw new KrakenException(AuthErrorCode.MASQUERADE_FAILED, List.of(), "masquerade refused");
        }
        return requiredString(payload, "token").orElseThrow(() -> garbage("masqueradeAuthentication"));
    }

    /**
     * Whether Kraken takes {@code token} as one it issued: {@code viewer} asked as that token.
     *
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE} or {@code RATE_LIMITED} when Kraken cannot say:
     *                         an error that is not a refusal of the token ({@link KrakenRefusals#MOBILE_WEB_VIEW})
     */
    @CountedOutcome(Flow.CONFIRMATION)
    public boolean acceptsToken(String token, String clientIp) {
        GraphqlResult result = transport.send(Endpoint.GRAPHQL, KrakenCaller.ANONYMOUS, "viewer", KrakenDocuments.VIEWER,
                JsonValue.EMPTY_JSON_OBJECT, token, clientIp);
        if (result.hasErrors()) {
            AuthErrorCode meaning = KrakenErrorCodes.of(KrakenRefusals.MOBILE_WEB_VIEW, result.errorCodes());
            if (meaning != KrakenRefusals.MOBILE_WEB_VIEW.refused()) {
                throw meaningOf("viewer", result, KrakenRefusals.MOBILE_WEB_VIEW);
            }
            KrakenMessages.MOBILE_WEB_VIEW_TOKEN_REFUSED.log(LOG, result.errorCodes());
            return false;
        }
        return result.field("viewer") != null;
    }

    private jakarta.json.JsonObjectBuilder input() {
        return transport.json().createObjectBuilder();
    }

    /**
     * An organisation token, through the public bulkhead: it serves pages anyone can open,
     * so renewing it must never take the slots refreshes need. Its {@code exp} is read from the
     * answer's {@code payload}, the claims Kraken decoded for us.
     *
     * @throws KrakenException refused (key revoked, {@code KT-CT-…} listed), unavailable or garbage
     */
    public OrganizationToken organization(String organizationSecretKey) {
        String operation = "obtainKrakenToken(organizationSecretKey)";
        JsonObject answer = obtainAnswer(operation, input().add("organizationSecretKey", organizationSecretKey).build(),
                KrakenRefusals.ORGANIZATION_TOKEN, KrakenCaller.PUBLIC, null);
        String token = requiredString(answer, "token").orElseThrow(() -> garbage(operation));
        if (!(answer.get("payload") instanceof JsonObject claims) || !(claims.get("exp") instanceof JsonNumber exp)) {
            throw garbage(operation);
        }
        return new OrganizationToken(token, Instant.ofEpochSecond(exp.longValue()));
    }

    private ObtainedToken obtain(String kind, JsonObject input, KrakenRefusals table, KrakenCaller caller,
                                 String clientIp) {
        String operation = "obtainKrakenToken(" + kind + ")";
        JsonObject answer = obtainAnswer(operation, input, table, caller, clientIp);
        String token = requiredString(answer, "token").orElseThrow(() -> garbage(operation));
        Optional<String> refreshToken = requiredString(answer, "refreshToken");
        Optional<Instant> refreshExpiresAt = answer.get("refreshExpiresIn") instanceof JsonNumber n
                ? Optional.of(Instant.ofEpochSecond(n.longValue()))
                : Optional.empty();
        return new ObtainedToken(token, refreshToken, refreshExpiresAt);
    }

    /** {@code data.obtainKrakenToken}, or the refusal or garbage it is. */
    private JsonObject obtainAnswer(String operation, JsonObject input, KrakenRefusals table, KrakenCaller caller,
                                    String clientIp) {
        JsonObject variables = transport.json().createObjectBuilder().add("input", input).build();
        GraphqlResult result = transport.send(Endpoint.AUTH, caller, operation, KrakenDocuments.OBTAIN_KRAKEN_TOKEN,
                variables, null, clientIp);
        refuseOnErrors(operation, result, table);
        JsonObject payload = result.field("obtainKrakenToken");
        if (payload == null) {
            throw garbage(operation);
        }
        return payload;
    }

    private void refuseOnErrors(String operation, GraphqlResult result, KrakenRefusals table) {
        if (result.hasErrors()) {
            throw meaningOf(operation, result, table);
        }
    }

    /**
     * Kraken's {@code errors[]} as the visitor's error: a refusal of the operation, {@code RATE_LIMITED},
     * or {@code KRAKEN_UNAVAILABLE} for errors that say nothing about the visitor's credential.
     */
    private KrakenException meaningOf(String operation, GraphqlResult result, KrakenRefusals table) {
        List<String> codes = result.errorCodes();
        AuthErrorCode code = KrakenErrorCodes.of(table, codes);
        if (code == AuthErrorCode.RATE_LIMITED || table.refuses(codes)) {
            refusals.log(() -> KrakenMessages.REFUSED.format(operation, codes));
        } else {
            otherErrors.log(() -> KrakenMessages.NOT_A_REFUSAL.format(operation, codes));
        }
        return new KrakenException(code, codes, operation + " answered " + codes);
    }

    private static Optional<String> requiredString(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }

    private KrakenException garbage(String operation) {
        garbageWarnings.log(() -> KrakenMessages.UNUSABLE_ANSWER.format(operation));
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(), operation + ": unusable answer");
    }
}
