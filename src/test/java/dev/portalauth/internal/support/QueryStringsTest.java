package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class QueryStringsTest {

    @Test
    void theFirstValueOfTheNamedParameterIsDecoded() {
        assertEquals(Optional.of("a b/c"), QueryStrings.first("x=1&key=a+b%2Fc&key=2", "key"));
    }

    @Test
    void aParameterWhoseNameOnlyStartsLikeTheOneAskedForIsNotIt() {
        assertEquals(Optional.empty(), QueryStrings.first("keys=1&monkey=2", "key"));
    }

    @Test
    void anAbsentQueryOrAMalformedValueGivesNothing() {
        assertEquals(Optional.empty(), QueryStrings.first(null, "key"));
        assertEquals(Optional.empty(), QueryStrings.first("key=%zz", "key"));
    }

    @Test
    void aBareNameIsAnEmptyValue() {
        assertEquals(Optional.of(""), QueryStrings.first("key", "key"));
    }
}
