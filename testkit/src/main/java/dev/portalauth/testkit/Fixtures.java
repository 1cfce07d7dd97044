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

    public static final String ACCOUNT = "A-1234ABCD";
    public static final String OTHER_ACCOUNT = "A-5678EFGH";

    public static final String DEMO_USER_ID = "101";
    public static final String DEMO_EMAIL = "demo@example.com";
    public static final String DEMO_PASSWORD = "demo-password";
    public static final String DEMO_MASQUERADE_TOKEN = "masq-0XH7moc_5eBQT7LS6h7HYgx6UGJoaT9oHHoIhMUQTHP1BcbTqIgb8aXutegT5RXB";

    /** The organisation's secret key (the demo's {@code kraken.organization-key}). */
    public static final String ORGANIZATION_KEY = "sk_org_VGJ7M7AUnRdK_ZHoCZ5PdYQeOzcnPAf1-q871K4ESpUlRStu";

    /** The simulator's OAuth clients: a public one (PKCE only) and a confidential one with its secret. */
    public static final String OAUTH_CLIENT_ID = "demo-portal";
    public static final String OAUTH_CONFIDENTIAL_CLIENT_ID = "demo-confidential-portal";
    public static final String OAUTH_CONFIDENTIAL_SECRET = "demo-oauth-secret-Zq8nR2vLw5Tk";

    public static final String[] SECRETS = {METER_KEY, FEEDBACK_KEY, OTHER_ACCOUNT_KEY, EXPIRED_KEY, DEMO_PASSWORD,
        DEMO_MASQUERADE_TOKEN, ORGANIZATION_KEY, OAUTH_CONFIDENTIAL_SECRET};

    private Fixtures() {
    }
}
