package dev.portalauth.demo;

import java.util.List;

/**
 * The GraphQL the demo portal sends as the current user or as the organisation, and the classes
 * JSON-B binds the answers to. Every document validates against Kraken's real schema (see the
 * simulator's specs).
 */
public final class DemoQueries {

    /** The logged-in user and their accounts. Needs a user token (not a scoped one). */
    public static final String VIEWER = "query Viewer { viewer { id email givenName familyName "
            + "accounts { number status balance } } }";

    /** One account with its properties and meters; variable {@code accountNumber}. */
    public static final String ACCOUNT = "query Account($accountNumber: String!) { "
            + "account(accountNumber: $accountNumber) { number status balance "
            + "properties { id address postcode "
            + "electricityMeterPoints { mpan meters { serialNumber } } "
            + "gasMeterPoints { mprn meters { serialNumber } } } } }";

    /** The public catalogue for a postcode, read as the organisation (variable {@code postcode}). */
    public static final String ENERGY_PRODUCTS = "query EnergyProducts($postcode: String!) { "
            + "energyProducts(postcode: $postcode, first: 10) { totalCount "
            + "edges { node { code displayName fullName description isVariable isGreen term } } } }";

    private DemoQueries() {
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
        public String fullName;
        public String description;
        public boolean isVariable;
        public boolean isGreen;
        public Integer term;
    }

    public static class ViewerData {
        public Viewer viewer;
    }

    public static class Viewer {
        public String email;
        public String givenName;
        public List<AccountSummary> accounts;
    }

    public static class AccountSummary {
        public String number;
        public String status;
        public int balance;
    }

    public static class AccountData {
        public Account account;
    }

    public static class Account {
        public String number;
        public int balance;
        public List<Property> properties;
    }

    public static class Property {
        public String address;
        public String postcode;
        public List<MeterPoint> electricityMeterPoints;
        public List<MeterPoint> gasMeterPoints;
    }

    public static class MeterPoint {
        public String mpan;
        public String mprn;
        public List<Meter> meters;
    }

    public static class Meter {
        public String serialNumber;
    }
}
