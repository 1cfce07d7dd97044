package dev.portalauth.simulator;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The kinds of credential {@code ObtainJSONWebTokenInput} takes; a call must carry exactly one. */
enum CredentialKind {
    EMAIL_AND_PASSWORD("email", "email", "password"),
    API_KEY("APIKey", "APIKey"),
    ORGANIZATION_SECRET_KEY("organizationSecretKey", "organizationSecretKey"),
    PRE_SIGNED_KEY("preSignedKey", "preSignedKey"),
    REFRESH_TOKEN("refreshToken", "refreshToken");

    /** The suffix of this kind's call counter, {@code obtainKrakenToken.<name>}. */
    final String counterName;
    private final List<String> inputFields;

    CredentialKind(String counterName, String... inputFields) {
        this.counterName = counterName;
        this.inputFields = List.of(inputFields);
    }

    /** The kinds with at least one of their input fields set. */
    static Set<CredentialKind> presentIn(Predicate<String> inputFieldIsSet) {
        Set<CredentialKind> kinds = EnumSet.noneOf(CredentialKind.class);
        for (CredentialKind kind : values()) {
            if (kind.inputFields.stream().anyMatch(inputFieldIsSet)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
