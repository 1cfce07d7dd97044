package dev.portalauth.internal.kraken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.KrakenException;
import dev.portalauth.internal.support.Backoff;
import dev.portalauth.internal.support.RepeatedWarning;
import dev.portalauth.internal.support.SingleFlight;

/**
 * The organisation token of this server: obtained on first use, handed to every request
 * until shortly before its {@code exp}, then renewed by one call however many requests need it at
 * once. A failed renewal is tried again only after a backoff; meanwhile a token still valid is kept
 * in use, and without one requests fail at once as {@code KRAKEN_UNAVAILABLE} instead of each
 * asking Kraken. Per server, like every single flight of the module.
 */
public final class OrganizationTokens {

    /** A token lasting an hour is renewed a minute before it ends; a short-lived one at half its life. */
    static final Duration RENEW_MARGIN = Duration.ofMinutes(1);
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration MAX_RETRY = Duration.ofMinutes(1);
    /** A token this close to its {@code exp} is not sent any more: Kraken could see it expired. */
    static final Duration STILL_USABLE = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(OrganizationTokens.class.getName());
    private static final String ONE_TOKEN = "organization";

    /** A token with the instant after which requests stop sharing it and one renews it. */
    private record Held(OrganizationToken token, Instant renewAt) {
    }

    private final Supplier<OrganizationToken> obtain;
    private final Clock clock;
    private final SingleFlight<String, Held> flight;
    private final Backoff backoff;
    private final RepeatedWarning failingFast = RepeatedWarning.perMinute(LOG);
    private volatile OrganizationToken last;
    private volatile List<String> lastErrorCodes = List.of();

    /** @param obtain one {@code obtainKrakenToken(organizationSecretKey)} call */
    public OrganizationTokens(Supplier<OrganizationToken> obtain, Clock clock) {
        this.obtain = obtain;
        this.clock = clock;
        this.flight = new SingleFlight<>(1, clock);
        this.backoff = new Backoff(FIRST_RETRY, MAX_RETRY, clock);
    }

    /**
     * The raw token to send as the organisation.
     *
     * @throws KrakenException {@code KRAKEN_UNAVAILABLE} when none can be had now (with Kraken's
     *                         {@code KT-CT-…} codes of the last refusal, if any)
     */
    public String current() {
        return flight.run(ONE_TOKEN, this::renew, Held::renewAt).token().token();
    }

    /**
     * Kraken refused {@code token} on a query: it is not handed out again, and the next renewal
     * waits for the backoff, so a key whose tokens Kraken refuses costs one call per backoff, not
     * one per request.
     */
    public void refused(String token) {
        OrganizationToken known = last;
        if (known != null && known.token().equals(token)) {
            last = null;
            flight.forget(ONE_TOKEN);
            backoff.failed();
        }
    }

    /**
     * Kraken said {@code token} has expired (its clock ran ahead of ours): it is not handed out again
     * and the next request obtains a new one at once — an expired token says nothing against the key,
     * so no backoff.
     */
    public void expired(String token) {
        OrganizationToken known = last;
        if (known != null && known.token().equals(token)) {
            last = null;
            flight.forget(ONE_TOKEN);
        }
    }

    private Held renew() {
        OrganizationToken previous = last;
        if (!backoff.mayTry()) {
            return stillUsable(previous).orElseThrow(this::failFast);
        }
        try {
            OrganizationToken fresh = obtain.get();
            Instant now = clock.instant();
            if (!fresh.expiresAt().isAfter(now.plus(STILL_USABLE))) {
                throw new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, List.of(),
                        "the token Kraken gave has already expired (are the clocks apart?)");
            }
            int failures = backoff.succeeded();
            if (failures > 0) {
                OrganizationMessages.TOKEN_OBTAINED_AGAIN.log(LOG, failures);
            }
            lastErrorCodes = List.of();
            last = fresh;
            Duration lifetime = Duration.between(now, fresh.expiresAt());
            Duration margin = RENEW_MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? RENEW_MARGIN : lifetime.dividedBy(2);
            Instant renewAt = fresh.expiresAt().minus(margin);
            OrganizationMessages.TOKEN_OBTAINED.log(LOG, fresh.expiresAt(), renewAt);
            return new Held(fresh, renewAt);
        } catch (KrakenException e) {
            Duration wait = backoff.failed();
            lastErrorCodes = e.errorCodes();
            OrganizationMessages.TOKEN_FAILED.log(LOG,
                    e.errorCodes().isEmpty() ? e.getMessage() : "Kraken answered " + e.errorCodes(), wait,
                    stillUsable(previous).isPresent() ? ", the current token serves until then"
                            : ", requests fail at once until then");
            return stillUsable(previous).orElseThrow(() -> unavailable(e.errorCodes(), wait));
        }
    }

    /** The previous token while it still has life in it, not shared beyond this request (renewAt = now). */
    private Optional<Held> stillUsable(OrganizationToken previous) {
        Instant now = clock.instant();
        return previous != null && previous.expiresAt().isAfter(now.plus(STILL_USABLE))
                ? Optional.of(new Held(previous, now))
                : Optional.empty();
    }

    private KrakenException failFast() {
        Duration wait = backoff.remaining();
        failingFast.log(() -> OrganizationMessages.FAILING_FAST.format(wait));
        return unavailable(lastErrorCodes, wait);
    }

    private static KrakenException unavailable(List<String> errorCodes, Duration wait) {
        return new KrakenException(AuthErrorCode.KRAKEN_UNAVAILABLE, errorCodes,
                OrganizationMessages.NO_TOKEN.format(errorCodes.isEmpty() ? "" : " " + errorCodes, wait));
    }
}
