package dev.portalauth.internal.chain;

import java.util.ArrayList;
import java.util.List;

import dev.portalauth.internal.kraken.KrakenEndings;

/** Kraken's session endings as a unit spec scripts them: what each answers, and what was sent. */
final class FakeKrakenEndings extends KrakenEndings {

    /** One call: the token or key it ended and the token it was sent with (null: none). */
    record Sent(String operation, String token, String userToken, String clientIp) {
    }

    final List<Sent> sent = new ArrayList<>();
    boolean confirms = true;

    @Override
    public boolean endRefreshToken(String refreshToken, String userToken, String clientIp) {
        sent.add(new Sent("invalidateRefreshToken", refreshToken, userToken, clientIp));
        return confirms;
    }

    @Override
    public boolean revokeOAuthRefreshToken(String refreshToken, String clientIp) {
        sent.add(new Sent("oauthRevocation", refreshToken, null, clientIp));
        return confirms;
    }

    @Override
    public boolean endPreSignedKey(String key, String scopedToken, String clientIp) {
        sent.add(new Sent("invalidatePreSignedToken", key, scopedToken, clientIp));
        return confirms;
    }

    @Override
    public boolean forceReauthentication(String userToken, String clientIp) {
        sent.add(new Sent("forceReauthentication", null, userToken, clientIp));
        return confirms;
    }
}
