package dev.portalauth.internal.web;

import java.util.Optional;

import dev.portalauth.spi.MasqueradeParams;
import dev.portalauth.spi.MasqueradeParamsExtractor;
import dev.portalauth.spi.RouteRequest;

/** {@code {pathname}/{userId}/{masqueradeToken}}, exactly two segments. */
final class DefaultMasqueradeParamsExtractor implements MasqueradeParamsExtractor {

    @Override
    public Optional<MasqueradeParams> extract(RouteRequest request) {
        String[] segments = request.remainder().split("/", -1);
        if (segments.length != 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MasqueradeParams(segments[0], segments[1]));
    }
}
