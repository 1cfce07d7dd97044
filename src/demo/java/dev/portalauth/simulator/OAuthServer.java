package dev.portalauth.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Kraken as an OAuth 2.0 authorisation server, enough of it for a portal's login: the
 * authorise page ({@code GET /authorize/}: a login form for the fixture users, with a Deny
 * button; {@code POST /authorize/}: back to the portal's redirect URI with a code or
 * {@code error=access_denied}) and the token endpoint ({@code POST /token/}: the authorisation
 * code grant with PKCE S256 required of every client, and the refresh token grant). Clients are
 * the fixtures' {@code oauthClients}; a confidential one authenticates with HTTP Basic. Codes are
 * single use and live 60 s. Token calls are counted ({@code oauthToken},
 * {@code oauthToken.<grant_type>}) and take the same faults as GraphQL calls ({@code GRAPHQL_ERROR}
 * answers {@code 400 {"error": errorCode}}).
 */
final class OAuthServer {

    static final String TOKEN_COUNTER = "oauthToken";

    private static final Pattern CODE_CHALLENGE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** An authorisation request that passed the checks that decide whether the browser may be sent back. */
    private record Request(Fixtures.OAuthClient client, String redirectUri, String state, String codeChallenge,
                           String scope, Map<String, String> params) {
    }

    private final Fixtures fixtures;
    private final TokenIssuer issuer;
    private final Supplier<Lifetimes> lifetimes;
    private final Supplier<FaultPlan> fault;
    private final CallCounter calls;
    private final Clock clock;
    private final AuthorizationCodes codes;
    /** Apart from the GraphQL side's: a token of one is no token of the other. */
    private final RefreshTokens refreshTokens = new RefreshTokens();
    private final JsonCodec json = new JsonCodec();

    OAuthServer(Fixtures fixtures, TokenIssuer issuer, Supplier<Lifetimes> lifetimes, Supplier<FaultPlan> fault,
                CallCounter calls, Clock clock) {
        this.fixtures = fixtures;
        this.issuer = issuer;
        this.lifetimes = lifetimes;
        this.fault = fault;
        this.calls = calls;
        this.clock = clock;
        this.codes = new AuthorizationCodes(clock);
    }

    void forgetAll() {
        codes.forgetAll();
        refreshTokens.forgetAll();
    }

    /** {@code GET /authorize/?…}: the login page, or an answer saying why there is none. */
    SimulatorResponse authorizePage(String query) {
        Map<String, String> params = form(query);
        return checked(params).map(request -> loginPage(request, null))
                .orElseGet(() -> refusal());
    }

    /** {@code POST /authorize/}: the form of the login page (its hidden fields repeat the request). */
    SimulatorResponse authorizeSubmit(String body) {
        Map<String, String> params = form(body);
        Optional<Request> checked = checked(params);
        if (checked.isEmpty()) {
            return refusal();
        }
        Request request = checked.get();
        if ("deny".equals(params.get("action"))) {
            return back(request, "error=access_denied");
        }
        Optional<Fixtures.User> user = Optional.ofNullable(params.get("email")).flatMap(fixtures::userByEmail)
                .filter(u -> params.get("password") != null && TokenExchange.sameSecret(u.password(), params.get("password")));
        if (user.isEmpty()) {
            return loginPage(request, "Please make sure the email address and password are correct.");
        }
        String code = codes.issue(request.client().clientId(), request.redirectUri(), request.codeChallenge(),
                user.get().id(), request.scope());
        return back(request, "code=" + encode(code));
    }

    /** {@code POST /token/}. */
    SimulatorResponse token(String body, String authorization) {
        Map<String, String> form = form(body);
        String grantType = form.get("grant_type");
        String counted = "authorization_code".equals(grantType) || "refresh_token".equals(grantType) ? grantType : "other";
        RequestedFields requested = new RequestedFields(
                Map.of(TOKEN_COUNTER, Set.of(TOKEN_COUNTER, TOKEN_COUNTER + "." + counted)));
        calls.count(requested.counterNames());
        FaultPlan plan = fault.get();
        Optional<SimulatorResponse> broken = plan.interrupt(requested);
        if (broken.isPresent()) {
            return broken.get();
        }
        if (plan.injectsErrorInto(requested)) {
            return error(400, plan.errorCode());
        }
        Optional<Fixtures.OAuthClient> client = authenticated(form, authorization);
        if (client.isEmpty()) {
            return error(401, "invalid_client");
        }
        return switch (counted) {
            case "authorization_code" -> codeGrant(client.get(), form);
            case "refresh_token" -> refreshGrant(form);
            default -> error(400, "unsupported_grant_type");
        };
    }

    private SimulatorResponse codeGrant(Fixtures.OAuthClient client, Map<String, String> form) {
        Optional<AuthorizationCodes.Grant> grant = codes.redeem(form.get("code"))
                .filter(g -> g.clientId().equals(client.clientId()))
                .filter(g -> g.redirectUri().equals(form.get("redirect_uri")))
                .filter(g -> form.get("code_verifier") != null && g.codeChallenge().equals(s256(form.get("code_verifier"))));
        Optional<Fixtures.User> user = grant.flatMap(g -> fixtures.userById(g.userId()));
        if (user.isEmpty()) {
            return error(400, "invalid_grant");
        }
        Instant now = clock.instant();
        Lifetimes lifetime = lifetimes.get();
        Instant refreshExpiry = now.plus(lifetime.refresh());
        String refreshToken = refreshTokens.issue(new RefreshTokens.Grant(user.get().id(), now, refreshExpiry));
        TokenIssuer.Issued access = issuer.userToken(user.get(), TokenIssuer.Grant.EMAIL_AND_PASSWORD,
                now, now.plus(lifetime.access()), now);
        return tokens(access, lifetime.access(), refreshToken, Duration.between(now, refreshExpiry), grant.get().scope());
    }

    private SimulatorResponse refreshGrant(Map<String, String> form) {
        Instant now = clock.instant();
        String refreshToken = form.get("refresh_token");
        Optional<RefreshTokens.Grant> grant = Optional.ofNullable(refreshToken).flatMap(refreshTokens::find)
                .filter(g -> now.isBefore(g.expiresAt()));
        Optional<Fixtures.User> user = grant.flatMap(g -> fixtures.userById(g.userId()));
        if (user.isEmpty()) {
            return error(400, "invalid_grant");
        }
        Duration accessLifetime = lifetimes.get().access();
        TokenIssuer.Issued access = issuer.userToken(user.get(), TokenIssuer.Grant.REFRESH_TOKEN,
                now, now.plus(accessLifetime), grant.get().loggedInAt());
        return tokens(access, accessLifetime, refreshToken, Duration.between(now, grant.get().expiresAt()), null);
    }

    private SimulatorResponse tokens(TokenIssuer.Issued access, Duration accessLifetime, String refreshToken,
                                     Duration refreshLifetime, String scope) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("access_token", access.token());
        out.put("token_type", "Bearer");
        out.put("expires_in", accessLifetime.toSeconds());
        out.put("refresh_token", refreshToken);
        out.put("refresh_token_expires_in", refreshLifetime.toSeconds());
        if (scope != null) {
            out.put("scope", scope);
        }
        return SimulatorResponse.json(200, json.write(out));
    }

    /**
     * The client the request authenticates as: HTTP Basic (form-encoded id and secret), else a
     * {@code client_id} in the form — which only a public client may rely on.
     */
    private Optional<Fixtures.OAuthClient> authenticated(Map<String, String> form, String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String id = decode(decoded.substring(0, colon));
            String secret = decode(decoded.substring(colon + 1));
            return fixtures.oauthClient(id)
                    .filter(c -> c.confidential() && secret != null && TokenExchange.sameSecret(c.secret(), secret))
                    .filter(c -> form.get("client_id") == null || c.clientId().equals(form.get("client_id")));
        }
        return fixtures.oauthClient(form.get("client_id")).filter(c -> !c.confidential());
    }

    /** The checks of RFC 6749 4.1.2.1 and RFC 7636 4.4.1; empty when the request cannot be answered. */
    private Optional<Request> checked(Map<String, String> params) {
        Optional<Fixtures.OAuthClient> client = fixtures.oauthClient(params.get("client_id"));
        String redirectUri = params.get("redirect_uri");
        if (client.isEmpty() || !registered(client.get(), redirectUri)) {
            return Optional.empty();
        }
        return Optional.of(new Request(client.get(), redirectUri, params.get("state"), params.get("code_challenge"),
                params.get("scope"), params));
    }

    /** An unknown client or redirect URI gets a page (never a redirect); a bad request, a redirect with its error. */
    private static SimulatorResponse refusal() {
        return SimulatorResponse.html(400, page("Kraken cannot log you in here",
                "<p>This portal is not registered with Kraken for this address (unknown client_id or redirect_uri).</p>"));
    }

    private SimulatorResponse loginPage(Request request, String problem) {
        if (!"code".equals(request.params().get("response_type"))) {
            return back(request, "error=unsupported_response_type");
        }
        if (request.codeChallenge() == null || !CODE_CHALLENGE.matcher(request.codeChallenge()).matches()
                || !"S256".equals(request.params().get("code_challenge_method"))) {
            return back(request, "error=invalid_request");
        }
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"./\">");
        for (String name : new String[] {"response_type", "client_id", "redirect_uri", "state", "code_challenge",
                "code_challenge_method", "scope"}) {
            String value = request.params().get(name);
            if (value != null) {
                form.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(value)).append("\">");
            }
        }
        form.append("<p><label>Email <input name=\"email\" type=\"email\" autocomplete=\"username\"></label></p>")
                .append("<p><label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\">")
                .append("</label></p>")
                .append("<p><button type=\"submit\" name=\"action\" value=\"login\">Log in</button> ")
                .append("<button type=\"submit\" name=\"action\" value=\"deny\">Deny</button></p></form>");
        StringBuilder users = new StringBuilder("<p>The simulator's users:</p><ul>");
        fixtures.users().forEach(u -> users.append("<li>").append(escape(u.email())).append(" / ")
                .append(escape(u.password())).append("</li>"));
        users.append("</ul>");
        String error = problem == null ? "" : "<p role=\"alert\">" + escape(problem) + "</p>";
        return SimulatorResponse.html(200, page("Log in with Kraken",
                "<p>" + escape(request.client().clientId()) + " asks to use your Kraken account.</p>" + error + form + users));
    }

    private static SimulatorResponse back(Request request, String result) {
        String separator = request.redirectUri().contains("?") ? "&" : "?";
        String state = request.state() == null ? "" : "&state=" + encode(request.state());
        return SimulatorResponse.seeOther(request.redirectUri() + separator + result + state);
    }

    /** A loopback origin (any port) with one of the client's registered paths, nothing else. */
    private static boolean registered(Fixtures.OAuthClient client, String redirectUri) {
        if (redirectUri == null) {
            return false;
        }
        try {
            URI uri = new URI(redirectUri);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && LOOPBACK.contains(uri.getHost())
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && client.redirectPaths().contains(uri.getRawPath());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private SimulatorResponse error(int status, String error) {
        return SimulatorResponse.json(status, json.write(Map.of("error", error)));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " — Kraken simulator</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    /** {@code application/x-www-form-urlencoded} (or a query string): the first value of each name. */
    static Map<String, String> form(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
            if (name != null && value != null) {
                values.putIfAbsent(name, value);
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
