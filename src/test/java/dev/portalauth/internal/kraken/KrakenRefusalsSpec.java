package dev.portalauth.internal.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The rows of the mutations that end sessions and issue or end links: each names the Kraken
 * permission it needs and the codes by which Kraken says it is missing; rate limiting, an unknown
 * code or a disabled field is no verdict on the permission; the visitors' rows name none.
 */
class KrakenRefusalsSpec {

    @Test
    void eachEndingNamesThePermissionItNeeds() {
        assertEquals(Optional.of("Can invalidate refresh tokens"), KrakenRefusals.INVALIDATE_REFRESH_TOKEN.permission());
        assertEquals(Optional.of("a user's own token"), KrakenRefusals.FORCE_REAUTHENTICATION.permission());
        assertEquals(Optional.of("Can generate pre-signed tokens"), KrakenRefusals.GENERATE_PRE_SIGNED_TOKEN.permission());
        assertEquals(Optional.of("Can invalidate pre-signed tokens"), KrakenRefusals.INVALIDATE_PRE_SIGNED_TOKEN.permission());
    }

    @Test
    void theSchemasUnauthorisedCodesOfEachMutationMeanAMissingPermission() {
        assertTrue(KrakenRefusals.INVALIDATE_REFRESH_TOKEN.missingPermission(List.of("KT-CT-1130")));
        assertTrue(KrakenRefusals.GENERATE_PRE_SIGNED_TOKEN.missingPermission(List.of("KT-CT-1128")));
        assertTrue(KrakenRefusals.GENERATE_PRE_SIGNED_TOKEN.missingPermission(List.of("KT-CT-1131")));
        assertTrue(KrakenRefusals.INVALIDATE_PRE_SIGNED_TOKEN.missingPermission(List.of("KT-CT-1129")));
        for (KrakenRefusals ending : List.of(KrakenRefusals.INVALIDATE_REFRESH_TOKEN, KrakenRefusals.FORCE_REAUTHENTICATION,
                KrakenRefusals.GENERATE_PRE_SIGNED_TOKEN, KrakenRefusals.INVALIDATE_PRE_SIGNED_TOKEN)) {
            assertTrue(ending.missingPermission(List.of("KT-CT-1111")), ending.name());
            assertTrue(ending.missingPermission(List.of("KT-CT-1112")), ending.name());
        }
    }

    @Test
    void anotherMutationsCodeIsNoVerdictOnThisOnesPermission() {
        assertFalse(KrakenRefusals.INVALIDATE_PRE_SIGNED_TOKEN.missingPermission(List.of("KT-CT-1130")));
        assertFalse(KrakenRefusals.FORCE_REAUTHENTICATION.missingPermission(List.of("KT-CT-1128")));
    }

    @Test
    void rateLimitingAnUnknownCodeOrADisabledFieldIsNoMissingPermission() {
        assertFalse(KrakenRefusals.INVALIDATE_REFRESH_TOKEN.missingPermission(List.of("KT-CT-1199", "KT-CT-1130")));
        assertFalse(KrakenRefusals.INVALIDATE_REFRESH_TOKEN.missingPermission(List.of("KT-CT-9999")));
        assertFalse(KrakenRefusals.INVALIDATE_REFRESH_TOKEN.missingPermission(List.of("KT-CT-1113")));
    }

    @Test
    void theVisitorsOperationsNeedNoPermissionOfThePortal() {
        assertTrue(KrakenRefusals.PRE_SIGNED_KEY.permission().isEmpty());
        assertFalse(KrakenRefusals.QUERY_TOKEN.missingPermission(List.of("KT-CT-1112")));
    }
}
