package dev.portalauth.internal.token;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code kraken.auth.cookie.max-claims-bytes}: the bound on the application claims a guest token or
 * a session payload carries (their JSON, in UTF-8 bytes), so that the signed cookie always stays
 * within what browsers keep.
 */
public final class ClaimsBudget {

    private final int maxBytes;

    public ClaimsBudget(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
        this.maxBytes = maxBytes;
    }

    /** True when {@code claims} fit the budget. */
    public boolean fits(Map<String, ?> claims) {
        return bytes(claims) <= maxBytes;
    }

    /**
     * @throws IllegalArgumentException naming the size (never the values) when {@code claims} do not fit
     */
    void require(Map<String, ?> claims, String what) {
        int bytes = bytes(claims);
        if (bytes > maxBytes) {
            throw new IllegalArgumentException(CookieMessages.CLAIMS_OVER_BUDGET.format(what, bytes, maxBytes));
        }
    }

    private static int bytes(Map<String, ?> claims) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) claims;
        return JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8).length;
    }
}
