package com.example.portal;

import java.util.List;

/**
 * The portal's GraphQL documents (each valid against Kraken's schema) and the classes JSON-B binds
 * their {@code data} to.
 */
final class Queries {

    /** The logged-in user and their accounts: needs a user's token, not a link's scoped one. */
    static final String VIEWER = "query Viewer { viewer { givenName email accounts { number balance } } }";

    /** One account and its meters; variable {@code accountNumber}. */
    static final String ACCOUNT_METERS = "query AccountMeters($accountNumber: String!) { "
            + "account(accountNumber: $accountNumber) { number properties { address "
            + "electricityMeterPoints { meters { serialNumber } } gasMeterPoints { meters { serialNumber } } } } }";

    /** The public catalogue for a postcode, read as the organisation; variable {@code postcode}. */
    static final String ENERGY_PRODUCTS = "query EnergyProducts($postcode: String!) { "
            + "energyProducts(postcode: $postcode, first: 10) { totalCount edges { node { code displayName } } } }";

    private Queries() {
    }

    public static class ViewerData {
        public Viewer viewer;
    }

    public static class Viewer {
        public String givenName;
        public String email;
        public List<AccountSummary> accounts;
    }

    public static class AccountSummary {
        public String number;
        public int balance;
    }

    public static class AccountData {
        public Account account;
    }

    public static class Account {
        public String number;
        public List<Property> properties;
    }

    public static class Property {
        public String address;
        public List<MeterPoint> electricityMeterPoints;
        public List<MeterPoint> gasMeterPoints;
    }

    public static class MeterPoint {
        public List<Meter> meters;
    }

    public static class Meter {
        public String serialNumber;
    }

    public static class EnergyProductsData {
        public EnergyProducts energyProducts;
    }

    public static class EnergyProducts {
        public int totalCount;
        public List<EnergyProductEdge> edges;
    }

    public static class EnergyProductEdge {
        public EnergyProduct node;
    }

    public static class EnergyProduct {
        public String code;
        public String displayName;
    }
}
