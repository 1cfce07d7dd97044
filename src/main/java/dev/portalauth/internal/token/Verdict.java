package dev.portalauth.internal.token;

/**
 * What a check of a credential concluded. {@link #UNDECIDED} is neither: the proof could not be
 * completed now (a key this node does not know yet, the JWKS or Kraken unreachable), so the
 * credential grants nothing on this request but is kept for a later one.
 */
public enum Verdict {
    PROVEN,
    REFUSED,
    UNDECIDED
}
