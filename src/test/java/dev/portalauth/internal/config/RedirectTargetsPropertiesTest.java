package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RedirectTargetsPropertiesTest {

    /** Candidates made of the pieces open redirects are made of. */
    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.of("/", "\\", "%2F", "%2f", "%5C", "%25", "2F", "%0d", "%0a", "\r", "\n", "\t", " ", "evil", ".", "..",
                        "?", "#", "https:", ":", "@", "%")
                .list().ofMaxSize(8)
                .map(pieces -> String.join("", pieces));
    }

    @Property
    void an_accepted_target_is_returned_unchanged(@ForAll("candidates") String candidate) {
        RedirectTargets.safeRelative(candidate).ifPresent(accepted -> assertEquals(candidate, accepted));
    }

    @Property
    void an_accepted_target_never_names_another_host_however_often_it_is_decoded(@ForAll("candidates") String candidate) {
        RedirectTargets.safeRelative(candidate).ifPresent(accepted -> {
            String view = accepted;
            for (int round = 0; round < 3; round++) {
                assertFalse(view.startsWith("//") || view.startsWith("/\\"), view);
                assertFalse(view.chars().anyMatch(Character::isISOControl), view);
                view = PercentDecoding.lenient(view);
            }
        });
    }
}
