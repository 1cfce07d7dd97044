package dev.portalauth.internal.kraken;

import java.time.Instant;

/** An organisation token and its {@code exp}, as {@code obtainKrakenToken(organizationSecretKey)} gave them. */
public record OrganizationToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "OrganizationToken[expires " + expiresAt + "]"; // never the token
    }
}
