package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PathnamesPropertiesTest {

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.strings().withChars("abz-_.~0").ofMinLength(1).ofMaxLength(6)
                .filter(segment -> !segment.equals(".") && !segment.equals(".."));
    }

    @Property
    void a_path_that_extends_a_pathname_within_its_last_segment_is_never_covered(
            @ForAll("segments") String first, @ForAll("segments") String extension) {
        Pathnames pathnames = Pathnames.of(List.of("/" + first));
        assertNull(pathnames.match("/" + first + extension));
    }

    @Property
    void every_path_below_a_pathname_is_covered_by_it(@ForAll("segments") String first, @ForAll("segments") String child) {
        Pathnames pathnames = Pathnames.of(List.of("/" + first));
        assertEquals("/" + first, pathnames.match("/" + first + "/" + child));
    }
}
