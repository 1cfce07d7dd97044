package dev.portalauth.internal.web;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import dev.portalauth.AuthErrorCode;
import dev.portalauth.internal.support.RepeatedWarning;

/**
 * Answers a request whose path the module refuses ({@code RequestPath}): {@code 400
 * {"error":"BAD_REQUEST"}}. Neither the answer nor the log repeats the path, which may hold a
 * pre-signed key; scanners send such paths by the thousand, so the log gets one line a minute with
 * a count.
 */
final class PathRefusal {

    private static final Logger LOG = Logger.getLogger(PathRefusal.class.getName());
    private static final RepeatedWarning REFUSED = RepeatedWarning.perMinute(LOG);

    private final JsonObject body;

    PathRefusal(JsonProvider json) {
        this.body = json.createObjectBuilder().add("error", AuthErrorCode.BAD_REQUEST.name()).build();
    }

    void answer(HttpServletResponse response) throws IOException {
        REFUSED.log(PathMessages.AMBIGUOUS_PATH_REFUSED::format);
        JsonResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, body);
    }
}
