package dev.portalauth.internal.chain;

import dev.portalauth.AuthMethod;
import dev.portalauth.internal.cookie.CookieNames;
import dev.portalauth.internal.cookie.CookieWriter;
import dev.portalauth.internal.kraken.KrakenEndings;
import dev.portalauth.internal.support.Hashes;
import dev.portalauth.internal.kraken.LinkMessages;

/**
 * Ends the link a scoped session was made from ({@code Session.endLink()}): one
 * {@code invalidatePreSignedToken} for the key this request carried (exchanged here, or the one its
 * binding names), sent with the visitor's address; then, whatever Kraken answered, the scoped cookie
 * and its binding are cleared and the key's hash is remembered as ended, so every other tab or device
 * holding a session of that link loses it at its next request on an anon pathname.
 */
public final class LinkEnding {

    private final KrakenEndings endings;
    private final RefusedKeys keys;
    private final CookieWriter cookies;
    private final CookieNames names;

    LinkEnding(KrakenEndings endings, RefusedKeys keys, CookieWriter cookies, CookieNames names) {
        this.endings = endings;
        this.keys = keys;
        this.cookies = cookies;
        this.names = names;
    }

    /**
     * @return true when Kraken confirmed the key ended
     * @throws IllegalStateException without a scoped session whose key this request carried, or once
     *                               the response is committed (its cookies could not be cleared)
     */
    boolean end(RequestAuth auth) {
        String key = auth.preSignedKey();
        if (auth.method() != AuthMethod.SCOPED || key == null) {
            throw new IllegalStateException(LinkMessages.END_WITHOUT_ITS_SESSION.format());
        }
        if (auth.response().isCommitted()) {
            throw new IllegalStateException(LinkMessages.END_AFTER_COMMIT.format());
        }
        String scopedToken = auth.token().raw();
        boolean ended = false;
        try {
            ended = endings.endPreSignedKey(key, scopedToken, auth.clientAddress());
        } finally {
            keys.ended(Hashes.sha256(key));
            cookies.clear(auth.response(), names.scoped());
            cookies.clear(auth.response(), names.bindingOf(AuthMethod.SCOPED));
            auth.forget();
        }
        return ended;
    }
}
