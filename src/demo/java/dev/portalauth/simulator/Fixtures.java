package dev.portalauth.simulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The simulator's seeded world: users, accounts, pre-signed keys, organisations and the public
 * catalogue of energy products, read once from
 * {@code fixtures.json} and immutable afterwards (so every thread may read it freely).
 * Record accessors carry the real schema's field names, so graphql-java's default fetchers
 * resolve them.
 */
final class Fixtures {

    record User(String id, String email, String password, String givenName, String familyName,
                String masqueradeToken, List<String> accountNumbers) {

        /** The viewer's {@code accounts}, resolved against the fixture accounts. */
        List<Account> accounts(Fixtures fixtures) {
            return accountNumbers.stream().map(fixtures::account).flatMap(Optional::stream).toList();
        }

        @Override
        public String toString() {
            return "User[" + id + "]"; // never the password or masquerade token
        }
    }

    record Account(String number, String status, int balance, List<Property> properties) {
    }

    record Property(String id, String address, String postcode,
                    List<ElectricityMeterPoint> electricityMeterPoints, List<GasMeterPoint> gasMeterPoints) {
    }

    record ElectricityMeterPoint(String id, String mpan, List<Meter> meters) {
    }

    record GasMeterPoint(String id, String mprn, List<Meter> meters) {
    }

    record Meter(String id, String serialNumber) {
    }

    record PreSignedKey(String key, String accountNumber, String scope, Instant expiresAt) {

        @Override
        public String toString() {
            return "PreSignedKey[" + accountNumber + ", " + scope + "]"; // never the key itself
        }
    }

    /** An organisation whose secret key {@code obtainKrakenToken(organizationSecretKey)} takes. */
    record Organization(String id, String name, String secretKey) {

        @Override
        public String toString() {
            return "Organization[" + id + "]"; // never the secret key
        }
    }

    /**
     * A portal registered as an OAuth client: public (PKCE only, {@code secret} null) or
     * confidential. A redirect URI is accepted on any loopback origin with one of the paths, as
     * RFC 8252 7.3 allows for loopback redirects, so tests and the demo may run on any port.
     */
    record OAuthClient(String clientId, String secret, List<String> redirectPaths) {

        boolean confidential() {
            return secret != null;
        }

        @Override
        public String toString() {
            return "OAuthClient[" + clientId + "]"; // never the secret
        }
    }

    /** Public data: what anyone may read of the supplier's catalogue, an organisation included. */
    record EnergyProduct(String code, String displayName, String fullName, String description, boolean isVariable,
                         boolean isGreen, Integer term) {
    }

    private final List<User> users;
    private final Map<String, User> usersById;
    private final Map<String, User> usersByEmail;
    private final Map<String, Account> accountsByNumber;
    private final Map<String, PreSignedKey> keys;
    private final List<Organization> organizations;
    private final List<EnergyProduct> energyProducts;
    private final Map<String, OAuthClient> oauthClients;

    private Fixtures(List<User> users, List<Account> accounts, List<PreSignedKey> keys,
                     List<Organization> organizations, List<EnergyProduct> energyProducts,
                     List<OAuthClient> oauthClients) {
        this.users = List.copyOf(users);
        this.usersById = index(users, User::id);
        this.usersByEmail = index(users, u -> u.email().toLowerCase(Locale.ROOT));
        this.accountsByNumber = index(accounts, Account::number);
        this.keys = index(keys, PreSignedKey::key);
        this.organizations = List.copyOf(organizations);
        this.energyProducts = List.copyOf(energyProducts);
        this.oauthClients = index(oauthClients, OAuthClient::clientId);
    }

    static Fixtures parse(JsonObject json) {
        return new Fixtures(
                json.getJsonArray("users").getValuesAs(JsonObject.class).stream().map(Fixtures::user).toList(),
                json.getJsonArray("accounts").getValuesAs(JsonObject.class).stream().map(Fixtures::account).toList(),
                json.getJsonArray("preSignedKeys").getValuesAs(JsonObject.class).stream().map(Fixtures::key).toList(),
                objects(json, "organizations").stream().map(Fixtures::organization).toList(),
                objects(json, "energyProducts").stream().map(Fixtures::energyProduct).toList(),
                objects(json, "oauthClients").stream().map(Fixtures::oauthClient).toList());
    }

    List<User> users() {
        return users;
    }

    Optional<User> userById(String id) {
        return Optional.ofNullable(usersById.get(id));
    }

    /** Emails compare case-insensitively, as Kraken's login does. */
    Optional<User> userByEmail(String email) {
        return Optional.ofNullable(usersByEmail.get(email.toLowerCase(Locale.ROOT)));
    }

    Optional<Account> account(String number) {
        return Optional.ofNullable(accountsByNumber.get(number));
    }

    /** The first user holding the account: the {@code sub} of tokens scoped to it. */
    Optional<User> holderOf(String accountNumber) {
        return users.stream().filter(u -> u.accountNumbers().contains(accountNumber)).findFirst();
    }

    Optional<PreSignedKey> preSignedKey(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    /** The organisation whose secret key this is, compared in constant time. */
    Optional<Organization> organizationByKey(String secretKey) {
        return organizations.stream().filter(o -> TokenExchange.sameSecret(o.secretKey(), secretKey)).findFirst();
    }

    Optional<Organization> organization(String id) {
        return organizations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    List<EnergyProduct> energyProducts() {
        return energyProducts;
    }

    Optional<OAuthClient> oauthClient(String clientId) {
        return Optional.ofNullable(clientId == null ? null : oauthClients.get(clientId));
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    private static User user(JsonObject o) {
        return new User(o.getString("id"), o.getString("email"), o.getString("password"),
                o.getString("givenName"), o.getString("familyName"), o.getString("masqueradeToken"),
                strings(o, "accountNumbers"));
    }

    private static Account account(JsonObject o) {
        return new Account(o.getString("number"), o.getString("status"), o.getInt("balance"),
                objects(o, "properties").stream().map(Fixtures::property).toList());
    }

    private static Property property(JsonObject o) {
        return new Property(o.getString("id"), o.getString("address"), o.getString("postcode"),
                objects(o, "electricityMeterPoints").stream()
                        .map(p -> new ElectricityMeterPoint(p.getString("id"), p.getString("mpan"), meters(p))).toList(),
                objects(o, "gasMeterPoints").stream()
                        .map(p -> new GasMeterPoint(p.getString("id"), p.getString("mprn"), meters(p))).toList());
    }

    private static List<Meter> meters(JsonObject meterPoint) {
        return objects(meterPoint, "meters").stream()
                .map(m -> new Meter(m.getString("id"), m.getString("serialNumber"))).toList();
    }

    private static PreSignedKey key(JsonObject o) {
        return new PreSignedKey(o.getString("key"), o.getString("accountNumber"), o.getString("scope"),
                Instant.parse(o.getString("expiresAt")));
    }

    private static Organization organization(JsonObject o) {
        return new Organization(o.getString("id"), o.getString("name"), o.getString("secretKey"));
    }

    private static EnergyProduct energyProduct(JsonObject o) {
        return new EnergyProduct(o.getString("code"), o.getString("displayName"), o.getString("fullName"),
                o.getString("description"), o.getBoolean("isVariable"), o.getBoolean("isGreen"),
                o.isNull("term") ? null : o.getInt("term"));
    }

    private static OAuthClient oauthClient(JsonObject o) {
        return new OAuthClient(o.getString("clientId"), o.isNull("secret") ? null : o.getString("secret"),
                strings(o, "redirectPaths"));
    }

    /** An array of objects; absent counts as empty (the newer sections of the fixtures). */
    private static List<JsonObject> objects(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonArray(name).getValuesAs(JsonObject.class) : List.of();
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
