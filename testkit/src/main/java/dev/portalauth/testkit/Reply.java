package dev.portalauth.testkit;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/** What the server answered: status, headers, body and the cookies it set or cleared. */
public record Reply(int status, HttpHeaders headers, String body, List<SetCookie> cookies) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String location() {
        return header("Location").orElse("");
    }

    public Optional<SetCookie> cookie(String name) {
        return cookies.stream().filter(c -> c.name().equals(name)).reduce((a, b) -> b);
    }

    public boolean sets(String name) {
        return cookie(name).filter(c -> !c.clears()).isPresent();
    }

    public boolean clears(String name) {
        return cookie(name).filter(SetCookie::clears).isPresent();
    }

    /** Every header line, for "never in any header" assertions. */
    public String allHeaders() {
        return headers.map().toString();
    }
}
