package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A Kraken call's body goes whole only when the JVM was started with the JDK's POST retry off, so
 * that a call Kraken may have read is never sent twice; otherwise it is streamed.
 */
class KrakenBodyModeSpec {

    @Test
    void bodiesAreStreamedWhenTheJdkMayRetryAPost() {
        assertEquals(KrakenBodyMode.CHUNKED, KrakenBodyMode.of(List.of()));
        assertEquals(KrakenBodyMode.CHUNKED, KrakenBodyMode.of(List.of("-Xmx512m", "-Dsun.net.http.retryPost=true")));
        assertEquals(KrakenBodyMode.CHUNKED, KrakenBodyMode.of(List.of("-Dsun.net.http.retryPost=TRUE")));
    }

    @Test
    void bodiesGoWholeWhenTheJdkNeverRetriesAPost() {
        assertEquals(KrakenBodyMode.WHOLE, KrakenBodyMode.of(List.of("-Dsun.net.http.retryPost=false")));
        // The JDK reads every value but "true" as false, and a bare -D as "".
        assertEquals(KrakenBodyMode.WHOLE, KrakenBodyMode.of(List.of("-Dsun.net.http.retryPost=no")));
        assertEquals(KrakenBodyMode.WHOLE, KrakenBodyMode.of(List.of("-Dsun.net.http.retryPost")));
    }

    @Test
    void theLastSettingOnTheCommandLineIsTheOneInForce() {
        assertEquals(KrakenBodyMode.CHUNKED, KrakenBodyMode.of(
                List.of("-Dsun.net.http.retryPost=false", "-Dsun.net.http.retryPost=true")));
        assertEquals(KrakenBodyMode.WHOLE, KrakenBodyMode.of(
                List.of("-Dsun.net.http.retryPost=true", "-Dsun.net.http.retryPost=false")));
    }

    @Test
    void anotherPropertyThatMerelyStartsAlikeChangesNothing() {
        assertEquals(KrakenBodyMode.CHUNKED, KrakenBodyMode.of(List.of("-Dsun.net.http.retryPosts=false")));
    }

    @Test
    void anotherRestClientThanJerseyGetsTheModeAsTheStringItIgnores() {
        assertEquals("CHUNKED", KrakenBodyMode.CHUNKED.propertyValue(new ClassLoader(null) { }));
        assertEquals("BUFFERED", KrakenBodyMode.WHOLE.propertyValue(new ClassLoader(null) { }));
    }
}
