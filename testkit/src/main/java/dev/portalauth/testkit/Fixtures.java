package dev.portalauth.testkit;

/** Values of the simulator's fixtures ({@code simulator/fixtures.json}) that tests use. */
public final class Fixtures {

    /** Account A-1234ABCD, meter readings. */
    public static final String METER_KEY = "Og98Fntu_4Ep5MSjIVrJCREXhEbxVWsl-1pU-SUGFp3EQNwwndHZAGjOaM_uBKbZ";
    /** Account A-1234ABCD, customer feedback. */
    public static final String FEEDBACK_KEY = "PPlJHOc6h8Xl3Y1KIcEp0S6vYE7tvkBbgh-oa7izLpdFv4OjdizAZKuyVlqYhe46";
    /** Account A-5678EFGH, meter readings. */
    public static final String OTHER_ACCOUNT_KEY = "Hv8Trr_5yujzu1U7-Mlx4tjQtpjibJniXMS2b6EALgTSbyjjTrBstFqr7qs9r9iW";
    /** Expired in 2020. */
    public static final String EXPIRED_KEY = "vnuWM3Douch3yEa75d3jOo672PBnxg0g6I_8Fhic9ynkNg9tG5j3l1tQ2Bjc31L1";

    /** The fixture user's first account, the one {@link #METER_KEY} and {@link #FEEDBACK_KEY} are for. */
    public static final String ACCOUNT = "A-1234ABCD";
    /** The fixture user's second account, the one {@link #OTHER_ACCOUNT_KEY} is for. */
    public static final String OTHER_ACCOUNT = "A-5678EFGH";

    /** The fixture user's Kraken id (the {@code sub} of their tokens ends with it; masquerade target). */
    public static final String DEMO_USER_ID = "101";
    /** The fixture user's email, to log in with. */
    public static final String DEMO_EMAIL = "demo@example.com";
    /** The fixture user's password. */
    public static final String DEMO_PASSWORD = "demo-password";
    /** A masquerade token for {@link #DEMO_USER_ID}, as support staff get one. */
    public static final String DEMO_MASQUERADE_TOKEN = "masq-0XH7moc_5eBQT7LS6h7HYgx6UGJoaT9oHHoIhMUQTHP1BcbTqIgb8aXutegT5RXB";

    /** The organisation's secret key (the demo's {@code kraken.organization-key}). */
    public static final String ORGANIZATION_KEY = "sk_org_VGJ7M7AUnRdK_ZHoCZ5PdYQeOzcnPAf1-q871K4ESpUlRStu";

    /** The simulator's public OAuth client (PKCE only): the kit's deployments log in with it. */
    public static final String OAUTH_CLIENT_ID = "demo-portal";
    /** The simulator's confidential OAuth client. */
    public static final String OAUTH_CONFIDENTIAL_CLIENT_ID = "demo-confidential-portal";
    /** The secret of {@link #OAUTH_CONFIDENTIAL_CLIENT_ID}. */
    public static final String OAUTH_CONFIDENTIAL_SECRET = "demo-oauth-secret-Zq8nR2vLw5Tk";

    /** Every fixture secret: keys, passwords, tokens; for "never in a page or a log" assertions. */
    public static final String[] SECRETS = {METER_KEY, FEEDBACK_KEY, OTHER_ACCOUNT_KEY, EXPIRED_KEY, DEMO_PASSWORD,
        DEMO_MASQUERADE_TOKEN, ORGANIZATION_KEY, OAUTH_CONFIDENTIAL_SECRET};

    private Fixtures() {
    }
}
