package dev.portalauth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GlobsPropertiesTest {

    @Provide
    Arbitrary<List<String>> globSegments() {
        return Arbitraries.of("a", "b", "ab", "*", "a*", "*b", "**").list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> pathSegments() {
        return Arbitraries.of("a", "b", "ab", "ba", "aab").list().ofMaxSize(6);
    }

    @Property
    void globs_match_exactly_what_the_equivalent_regular_expression_matches(
            @ForAll("globSegments") List<String> glob, @ForAll("pathSegments") List<String> path) {
        String globText = "/" + String.join("/", glob);
        String pathText = "/" + String.join("/", path);
        assertEquals(reference(glob).matcher(path.isEmpty() ? "" : pathText).matches(),
                Globs.of(List.of(globText)).matches(pathText),
                globText + " against " + pathText);
    }

    /** The definition, slowly: {@code **} is any number of whole segments, {@code *} any run inside one. */
    private static Pattern reference(List<String> glob) {
        return Pattern.compile(glob.stream()
                .map(segment -> segment.equals("**")
                        ? "(?:/[^/]+)*"
                        : "/" + segment.chars()
                                .mapToObj(c -> c == '*' ? "[^/]*" : Pattern.quote(Character.toString(c)))
                                .collect(Collectors.joining()))
                .collect(Collectors.joining()));
    }
}
