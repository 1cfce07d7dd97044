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
 * The simulator's seeded world: users, accounts and pre-signed keys, read once from
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

    private final List<User> users;
    private final Map<String, User> usersById;
    private final Map<String, User> usersByEmail;
    private final Map<String, Account> accountsByNumber;
    private final Map<String, PreSignedKey> keys;

    private Fixtures(List<User> users, List<Account> accounts, List<PreSignedKey> keys) {
        this.users = List.copyOf(users);
        this.usersById = index(users, User::id);
        this.usersByEmail = index(users, u -> u.email().toLowerCase(Locale.ROOT));
        this.accountsByNumber = index(accounts, Account::number);
        this.keys = index(keys, PreSignedKey::key);
    }

    static Fixtures parse(JsonObject json) {
        return new Fixtures(
                json.getJsonArray("users").getValuesAs(JsonObject.class).stream().map(Fixtures::user).toList(),
                json.getJsonArray("accounts").getValuesAs(JsonObject.class).stream().map(Fixtures::account).toList(),
                json.getJsonArray("preSignedKeys").getValuesAs(JsonObject.class).stream().map(Fixtures::key).toList());
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

    private static List<JsonObject> objects(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
