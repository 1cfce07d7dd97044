package dev.portalauth.testkit;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * What the server answered: status, headers, body and the cookies it set or cleared.
 *
 * @param status  the HTTP status
 * @param headers every header of the answer
 * @param body    the body, as text
 * @param cookies the {@code Set-Cookie} headers, parsed, in the order sent
 */
public record Reply(int status, HttpHeaders headers, String body, List<SetCookie> cookies) {

    /**
     * @param name a header's name (any case)
     * @return its first value, if the answer has it
     */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** @return the {@code Location} header, or an empty string without one */
    public String location() {
        return header("Location").orElse("");
    }

    /**
     * @param name a cookie's name
     * @return the last {@code Set-Cookie} of that name, if the answer has one
     */
    public Optional<SetCookie> cookie(String name) {
        return cookies.stream().filter(c -> c.name().equals(name)).reduce((a, b) -> b);
    }

    /**
     * @param name a cookie's name
     * @return whether the answer sets that cookie (a value, not a clearing)
     */
    public boolean sets(String name) {
        return cookie(name).filter(c -> !c.clears()).isPresent();
    }

    /**
     * @param name a cookie's name
     * @return whether the answer clears that cookie ({@code Max-Age=0})
     */
    public boolean clears(String name) {
        return cookie(name).filter(SetCookie::clears).isPresent();
    }

    /** @return every header line, for "never in any header" assertions */
    public String allHeaders() {
        return headers.map().toString();
    }
}
