package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The glob rules as laws over generated globs and paths: the matcher agrees with a
 * regular expression written from the rules (the oracle), braces are the globs they list,
 * negation carves out, {@code ?} is one character. Shrinking is off where a property takes
 * both generated globs and paths: jqwik 1.9.3's shrink-and-grow then mixes up the two
 * parameters' values (a ClassCastException hides the failing sample).
 */
class GlobsPropertiesTest {

    /** Pieces of one glob segment, each with the regular expression the rules give it. */
    private static final List<String[]> PIECES = List.of(
            new String[] {"a", "a"},
            new String[] {"b", "b"},
            new String[] {".", "\\."},
            new String[] {"*", "[^/]*"},
            new String[] {"?", "[^/]"},
            new String[] {"[ab]", "[ab]"},
            new String[] {"[a-c]", "[a-c]"},
            new String[] {"[!a]", "[^a/]"},
            new String[] {"[^b.]", "[^b./]"},
            new String[] {"{a,b}", "(?:a|b)"},
            new String[] {"{a,?b,}", "(?:a|[^/]b|)"},
            new String[] {"{a,[!b]*}", "(?:a|[^b/][^/]*)"});

    @Provide
    Arbitrary<List<List<String[]>>> globs() {
        Arbitrary<List<String[]>> segment = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<String[]>> anySegments = Arbitraries.just(List.<String[]>of(new String[] {"**", null}));
        return Arbitraries.frequencyOf(
                Tuple.of(4, segment), Tuple.of(1, anySegments))
                .list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("ab.c-").ofMinLength(1).ofMaxLength(3)
                .filter(segment -> !segment.equals(".") && !segment.equals(".."))
                .list().ofMinSize(1).ofMaxSize(5) // the root, which has no segment, is in the examples
                .map(segments -> "/" + String.join("/", segments));
    }

    @Property(tries = 3000, shrinking = ShrinkingMode.OFF)
    void a_glob_matches_exactly_what_the_rules_translated_to_a_regular_expression_match(
            @ForAll("globs") List<List<String[]>> glob, @ForAll("paths") String path) {
        String globText = text(glob);
        if (!compiles(globText)) {
            return; // e.g. an empty brace alternative leaving an empty segment: refused at start-up
        }
        assertEquals(oracle(glob).matcher(path).matches(),
                Globs.of(List.of(globText)).matches(path), globText + " against " + path + " (oracle " + oracle(glob) + ")");
    }

    @Property(tries = 500, shrinking = ShrinkingMode.OFF)
    void a_brace_list_is_the_globs_it_lists(@ForAll("globs") List<List<String[]>> prefix,
            @ForAll("globs") List<List<String[]>> suffix, @ForAll("paths") String path) {
        String left = text(prefix) + "/x";
        String right = text(suffix);
        String braced = left + "{a,b*}" + right;
        if (!compiles(braced)) {
            return;
        }
        assertEquals(Globs.of(List.of(left + "a" + right, left + "b*" + right)).matches(path),
                Globs.of(List.of(braced)).matches(path), braced + " against " + path);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void a_path_is_in_when_a_positive_glob_matches_and_no_negated_one(@ForAll("globs") List<List<String[]>> positive,
            @ForAll("globs") List<List<String[]>> negated, @ForAll("paths") String path) {
        String in = text(positive);
        String out = text(negated);
        if (!compiles(in) || !compiles(out)) {
            return;
        }
        boolean expected = Globs.of(List.of(in)).matches(path) && !Globs.of(List.of(out)).matches(path);
        assertEquals(expected, Globs.of(List.of(in, "!" + out)).matches(path), in + ",!" + out + " against " + path);
        assertEquals(expected, Globs.of(List.of("!" + out, in)).matches(path), "order does not matter");
    }

    @Property(tries = 500)
    void question_mark_is_exactly_one_character_of_a_segment(@ForAll @StringLength(max = 4) @CharRange(from = '!', to = '~') String segment) {
        String path = "/p/" + segment;
        boolean canonical = !segment.isEmpty() && !segment.contains("/") && !segment.equals(".") && !segment.equals("..")
                && path.equals(RequestPath.normalize(path)) && !segment.contains("%") && !segment.contains(";");
        if (!canonical) {
            return;
        }
        assertEquals(segment.length() == 1, Globs.of(List.of("/p/?")).matches(path), segment);
        assertEquals(segment.length() == 2, Globs.of(List.of("/p/??")).matches(path), segment);
    }

    @Property(tries = 300)
    void a_negated_class_matches_every_character_the_class_does_not(@ForAll @CharRange(from = '!', to = '~') char c) {
        String path = "/p/" + c;
        if (!path.equals(RequestPath.normalize(path)) || c == '/' || c == '%' || c == ';') {
            return;
        }
        assertEquals(!Globs.of(List.of("/p/[a-f0-3]")).matches(path), Globs.of(List.of("/p/[!a-f0-3]")).matches(path));
        assertEquals(Globs.of(List.of("/p/[!a-f0-3]")).matches(path), Globs.of(List.of("/p/[^a-f0-3]")).matches(path));
    }

    private static String text(List<List<String[]>> glob) {
        return "/" + glob.stream()
                .map(segment -> segment.stream().map(piece -> piece[0]).collect(Collectors.joining()))
                .collect(Collectors.joining("/"));
    }

    private static boolean compiles(String glob) {
        try {
            Globs.of(List.of(glob));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The definition, slowly: a segment {@code **} is any number of whole segments, the rest per piece. */
    private static Pattern oracle(List<List<String[]>> glob) {
        return Pattern.compile(glob.stream()
                .map(segment -> segment.stream().map(piece -> piece[0]).collect(Collectors.joining()).equals("**")
                        ? "(?:/[^/]+)*"
                        : "/" + segment.stream().map(piece -> piece[1]).collect(Collectors.joining()))
                .collect(Collectors.joining()));
    }
}
