package dev.portalauth.simulator;

import graphql.ExecutionInput;
import graphql.GraphQL;
import jakarta.json.JsonException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Kraken GraphQL endpoint in plain Java, no servlet types: graphql-java executing
 * {@code kraken-simulator.graphqls} over seeded fixtures, with Kraken's tokens, error envelope and
 * codes, switchable faults and call counters. One instance serves every thread.
 */
public final class KrakenSimulator {

    static final String SDL_RESOURCE = "simulator/kraken-simulator.graphqls";

    private static final String INVALID_JSON = "{\"errors\":[{\"message\":\"POST body sent invalid JSON.\"}]}";
    private static final String NO_QUERY = "{\"errors\":[{\"message\":\"Must provide query string.\"}]}";

    private final JsonCodec json;
    private final Fixtures fixtures;
    private final SigningKey key;
    private final Clock clock;
    private final TokenIssuer issuer;
    private final TokenVerifier verifier;
    private final RefreshTokens refreshTokens = new RefreshTokens();
    private final Reauthentications reauthentications = new Reauthentications();
    private final PreSignedKeys preSignedKeys;
    private final DocumentCache documents = new DocumentCache();
    private final CallCounter calls = new CallCounter();
    private final AtomicReference<FaultPlan> fault = new AtomicReference<>(FaultPlan.NONE);
    private final AtomicReference<Lifetimes> lifetimes = new AtomicReference<>(Lifetimes.DEFAULTS);
    private final GraphQL graphql;
    private final OAuthServer oauth;

    private KrakenSimulator(SimulatorSettings settings, Clock clock) {
        this.json = new JsonCodec();
        this.clock = clock;
        try (InputStream in = open(settings.fixturesLocation())) {
            this.fixtures = Fixtures.parse(json.readObject(in));
        } catch (IOException e) {
            throw new UncheckedIOException("SIM-INIT-1: cannot read the fixtures", e);
        }
        this.key = SigningKey.fromPkcs8Pem(read(settings.signingKeyLocation()));
        this.issuer = new TokenIssuer(key, settings.issuer(), settings.accountNumberClaim());
        this.verifier = new TokenVerifier(key, settings.issuer(), settings.accountNumberClaim(), clock,
                reauthentications);
        this.preSignedKeys = new PreSignedKeys(fixtures);
        this.graphql = SimulatorSchema.build(read(SDL_RESOURCE),
                new TokenExchange(fixtures, issuer, refreshTokens, preSignedKeys, lifetimes::get, clock),
                new Masquerade(fixtures, issuer, lifetimes::get, clock),
                new AccountQueries(fixtures, verifier),
                new ProductQueries(fixtures, verifier),
                new SessionEndings(verifier, refreshTokens, reauthentications, clock),
                new PreSignedKeyMutations(fixtures, verifier, preSignedKeys, clock),
                documents);
        this.oauth = new OAuthServer(fixtures, issuer, lifetimes::get, fault::get, calls, clock);
    }

    /**
     * @param settings the issuer, the account-number claim and where fixtures and key are
     * @param clock    the simulator's time (tokens' {@code iat} and {@code exp})
     * @return a simulator with no fault and counters at 0
     */
    public static KrakenSimulator create(SimulatorSettings settings, Clock clock) {
        return new KrakenSimulator(settings, clock);
    }

    /** @return a simulator with {@link SimulatorSettings#DEFAULTS} on the system clock */
    public static KrakenSimulator withDefaults() {
        return create(SimulatorSettings.DEFAULTS, Clock.systemUTC());
    }

    /**
     * One GraphQL-over-HTTP call. Kraken's way: HTTP 200 with {@code data} and {@code errors[]} for
     * everything GraphQL (refusals, validation errors); 400 only for a body that is not a JSON
     * object with a query. Counted before anything else, so failed calls count too.
     *
     * @param requestBodyJson     the request's body
     * @param authorizationHeader the raw token, as Kraken takes it (no scheme), or null
     * @return the answer to write
     */
    public SimulatorResponse handleGraphql(String requestBodyJson, String authorizationHeader) {
        GraphqlRequest request;
        boolean bodyIsJson = true;
        try {
            request = GraphqlRequest.from(json.readObject(requestBodyJson == null ? "" : requestBodyJson));
        } catch (JsonException | IllegalStateException e) {
            request = null;
            bodyIsJson = false;
        }
        RequestedFields requested = request == null
                ? RequestedFields.NONE : RequestedFields.of(documents.syntax(request.query()), request);
        calls.count(requested.counterNames());

        FaultPlan plan = fault.get();
        Optional<SimulatorResponse> broken = plan.interrupt(requested);
        if (broken.isPresent()) {
            return broken.get();
        }
        SimulatorSchema.InjectedError injected = plan.injectsErrorInto(requested)
                ? new SimulatorSchema.InjectedError(plan.faultedFields(requested), plan.errorCode()) : null;
        if (request == null) {
            return SimulatorResponse.json(400, bodyIsJson ? NO_QUERY : INVALID_JSON);
        }
        return SimulatorResponse.json(200, json.write(execute(request, authorizationHeader, injected)));
    }

    /** Kraken's OAuth authorisation server: the authorise page and the token endpoint. */
    OAuthServer oauth() {
        return oauth;
    }

    /**
     * The public signing key as a JWKS ({@code {"keys":[…]}}).
     *
     * @return the JWKS, as JSON
     */
    public String jwksJson() {
        return key.jwksJson();
    }

    /**
     * Back to a fresh start: no fault, counters 0, default lifetimes, refresh tokens, issued and
     * ended keys and forced reauthentications forgotten.
     */
    public void reset() {
        fault.set(FaultPlan.NONE);
        calls.reset();
        lifetimes.set(Lifetimes.DEFAULTS);
        refreshTokens.forgetAll();
        reauthentications.forgetAll();
        preSignedKeys.forgetAll();
        verifier.forget();
        oauth.forgetAll();
    }

    /**
     * {@code total}, then per top-level field and per {@code obtainKrakenToken} credential kind.
     *
     * @return the counters, by name
     */
    public Map<String, Long> calls() {
        return calls.snapshot();
    }

    void fault(FaultPlan plan) {
        fault.set(plan);
    }

    Lifetimes lifetimes() {
        return lifetimes.get();
    }

    void lifetimes(Lifetimes newLifetimes) {
        lifetimes.set(newLifetimes);
    }

    /**
     * A token as the simulator would issue it, for tests. A negative lifetime gives a token that
     * lived a normal life and has already expired.
     *
     * @param userId        null: the holder of {@code accountNumber}, else the first fixture user
     * @param accountNumber for scoped tokens; null: the user's first account
     * @param scope         for scoped tokens; null: SUBMIT_METER_READINGS
     * @param expiresIn     null: the current lifetime of that kind
     * @throws IllegalArgumentException for an unknown user or account
     */
    String mintToken(TokenKind kind, String userId, String accountNumber, String scope, Duration expiresIn) {
        Fixtures.User user = userId != null
                ? fixtures.userById(userId).orElseThrow(() -> new IllegalArgumentException("unknown userId"))
                : (accountNumber != null ? fixtures.holderOf(accountNumber) : fixtures.users().stream().findFirst())
                        .orElseThrow(() -> new IllegalArgumentException("no user holds that accountNumber"));
        Lifetimes current = lifetimes.get();
        Duration normalLifetime = kind == TokenKind.SCOPED ? current.scoped() : current.access();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(expiresIn == null ? normalLifetime : expiresIn);
        Instant issuedAt = expiresAt.isBefore(now) ? expiresAt.minus(normalLifetime) : now;
        switch (kind) {
            case SCOPED:
                String account = accountNumber != null ? accountNumber
                        : user.accountNumbers().stream().findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("the user has no account"));
                if (!user.accountNumbers().contains(account)) {
                    throw new IllegalArgumentException("the user does not hold that accountNumber");
                }
                return issuer.scopedToken(user, account, scope == null ? "SUBMIT_METER_READINGS" : scope,
                        issuedAt, expiresAt).token();
            case MASQUERADE:
                return issuer.userToken(user, TokenIssuer.Grant.MASQUERADE, issuedAt, expiresAt, issuedAt).token();
            default:
                return issuer.userToken(user, TokenIssuer.Grant.EMAIL_AND_PASSWORD, issuedAt, expiresAt, issuedAt)
                        .token();
        }
    }

    private Map<String, Object> execute(GraphqlRequest request, String authorization,
                                        SimulatorSchema.InjectedError injected) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .variables(request.variables())
                .operationName(request.operationName())
                .graphQLContext(context -> {
                    if (authorization != null) {
                        context.of(SimulatorSchema.AUTHORIZATION, authorization);
                    }
                    if (injected != null) {
                        context.of(SimulatorSchema.INJECTED_ERROR, injected);
                    }
                })
                .build();
        return graphql.execute(input).toSpecification();
    }

    private static String read(String location) {
        try (InputStream in = open(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("SIM-INIT-2: cannot read " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream in = KrakenSimulator.class.getClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new IOException("no file or classpath resource " + location);
        }
        return in;
    }
}
