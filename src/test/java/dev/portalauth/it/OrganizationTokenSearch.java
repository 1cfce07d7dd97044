package dev.portalauth.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import dev.portalauth.testkit.Browser;
import dev.portalauth.testkit.Fixtures;
import dev.portalauth.testkit.Json;
import dev.portalauth.testkit.Reply;

/**
 * Finds organisation tokens in text a browser or an operator could see: every JWT-shaped string
 * whose claims say {@code gty} ORGANIZATION-SECRET-KEY. The tests cannot know the token the server
 * holds, so they look for any of its kind.
 */
final class OrganizationTokenSearch {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.(eyJ[A-Za-z0-9_-]+)\\.[A-Za-z0-9_-]+");

    private OrganizationTokenSearch() {
    }

    static List<String> in(String text) {
        Matcher m = JWT.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (isOrganizationToken(m.group(1))) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** A token as the simulator issues it for the organisation's key (to prove the search finds one). */
    static String obtainOne() {
        String body = "{\"query\":\"mutation { obtainKrakenToken(input: {organizationSecretKey: \\\""
                + Fixtures.ORGANIZATION_KEY + "\\\"}) { token } }\"}";
        Reply reply = new Browser().postJson("/kraken/graphql/", body);
        return Json.object(reply.body()).getJsonObject("data").getJsonObject("obtainKrakenToken").getString("token");
    }

    private static boolean isOrganizationToken(String claimsPart) {
        try {
            JsonObject claims = Json.object(new String(Base64.getUrlDecoder().decode(claimsPart), StandardCharsets.UTF_8));
            return "ORGANIZATION-SECRET-KEY".equals(claims.getString("gty", null));
        } catch (RuntimeException e) {
            return false; // not a JWT after all
        }
    }
}
