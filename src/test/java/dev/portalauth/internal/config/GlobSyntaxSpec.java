package dev.portalauth.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The anon allow-list (and every route glob) reads blueprint-auth's picomatch syntax, so
 * a team's {@code allowList} carries over unchanged. Examples in the style of picomatch's and
 * blueprint-auth's documentation, written as request paths.
 */
class GlobSyntaxSpec {

    private static boolean matches(String commaList, String path) {
        return Globs.of(Globs.split(commaList)).matches(path);
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // ? is exactly one character, never a slash
            "/anon/page-?|/anon/page-1|true",
            "/anon/page-?|/anon/page-12|false",
            "/anon/page-?|/anon/page-|false",
            "/anon/??|/anon/ab|true",
            "/a?c|/a/c|false",
            // classes, ranges, negated classes
            "/anon/step-[1-3]|/anon/step-2|true",
            "/anon/step-[1-3]|/anon/step-4|false",
            "/anon/step-[!1-3]|/anon/step-4|true",
            "/anon/step-[^1-3]|/anon/step-2|false",
            "/anon/[abc]x|/anon/bx|true",
            "/anon/[a-cx-z]|/anon/y|true",
            "/anon/[a-cx-z]|/anon/m|false",
            "/anon/[]a]|/anon/]|true",
            "/anon/[a-]|/anon/-|true",
            "/anon/[!a]|/anon/b|true",
            "/anon/*.[jc]ss|/anon/site.css|true",
            "/anon/*.[jc]ss|/anon/site.scss|false",
            // braces, nested and across segments
            "/anon/{help,faq}/**|/anon/help/a/b|true",
            "/anon/{help,faq}/**|/anon/faq|true",
            "/anon/{help,faq}/**|/anon/about|false",
            "/anon/{a,{b,c}}|/anon/c|true",
            "/anon/{help,static/**}|/anon/static/app.js|true",
            "/anon/{help,static/**}|/anon/help/x|false",
            "/anon/x{,-old}.html|/anon/x.html|true",
            "/anon/x{,-old}.html|/anon/x-old.html|true",
            "/anon/{[0-9]*,latest}|/anon/42|true",
            "/anon/{[0-9]*,latest}|/anon/latest|true",
            "/anon/{[0-9]*,latest}|/anon/first|false",
            // stars that meet only through braces stay within one segment; '**' as an alternative is a globstar
            "/anon/*{a,}*|/anon|false",
            "/anon/*{a,}*|/anon/x|true",
            "/anon/*{a,}*|/anon/x/y|false",
            "/*{a,}*|/x/y|false",
            "/{**,x}/y|/a/b/y|true",
            // negation: positive and no negated one
            "/anon/help/**,!/anon/help/private/**|/anon/help/faq|true",
            "/anon/help/**,!/anon/help/private/**|/anon/help/private/x|false",
            "/anon/help/**,!/anon/help/private/**|/anon/help/private|false",
            "/anon/*/public/**,!/anon/*/public/*.json|/anon/k/public/page|true",
            "/anon/*/public/**,!/anon/*/public/*.json|/anon/k/public/data.json|false",
            "/anon/**,!/anon/{k1,k2}/**|/anon/k2/x|false",
            "/anon/**,!/anon/{k1,k2}/**|/anon/k3/x|true",
            // order does not matter
            "!/anon/help/private/**,/anon/help/**|/anon/help/private/x|false",
            // characters a decoded path may hold are literals
            "/anon/*|/anon/a?b|true",
            "/anon/a[?]b|/anon/a?b|true",
            "/anon/a[?]b|/anon/axb|false",
    })
    void picomatch_syntax_on_request_paths(String globs, String path, boolean expected) {
        assertEquals(expected, matches(globs, path), () -> globs + " against " + path);
    }

    @Test
    void commas_inside_braces_belong_to_the_glob_and_commas_outside_separate_globs() {
        assertEquals(List.of("/anon/{help,faq}/**", "!/anon/{a,{b,c}}", "/x"),
                Globs.split(" /anon/{help,faq}/** , !/anon/{a,{b,c}},,/x "));
        assertEquals(List.of("/anon/[,]x", "/y"), Globs.split("/anon/[,]x,/y"));
    }

    @Test
    void braces_are_expanded_once_at_start_up_and_shown_so() {
        assertEquals(List.of("/anon/help", "/anon/faq", "!/anon/help/x"),
                Globs.of(Globs.split("/anon/{help,faq},!/anon/help/x")).patterns());
        assertEquals(List.of("/*a*", "/*"), Globs.of(List.of("/*{a,}*")).patterns());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "/anon/[a-z|entry 1 has an unclosed '['",
            "/ok,/anon/{help,faq|entry 2 has an unclosed '{'",
            "/anon/help}|entry 1 has a '}' without its '{'",
            "/anon/{help}|entry 1 has braces without a ',' (write {a,b}; a literal brace cannot be matched)",
            "/anon/{1..3}|entry 1 has a brace range such as {1..3}, which is not supported: list the alternatives {1,2,3}",
            "/anon/[z-a]|entry 1 has a reversed range in a class such as [z-a]",
            "/anon/[[:alpha:]]|entry 1 has a POSIX class such as [[:alpha:]], which is not supported: use [a-zA-Z]",
            "/anon/@(a)|entry 1 has an extglob such as @(a) or !(a), which is not supported: use braces {a,b} or a negated glob",
            "!(a)|entry 1 has an extglob such as @(a) or !(a), which is not supported: use braces {a,b} or a negated glob",
            "!!/anon/x|entry 1 starts with '!!': negate a glob once",
            "/anon/{a,}/x|entry 1 must start with '/' (after a '!') and contain no '.' or '..' segment, '//', '\\', '%', ';', '#' or control character",
            "/anon/{a,b**}|entry 1 has '**' inside a segment: '**' must be a whole segment",
            "!/anon/x,!/anon/y|has only negated globs ('!…'), which match nothing: list the paths they carve out of too, such as /anon/**,!/anon/private/**",
    })
    void a_malformed_glob_is_refused_naming_its_entry(String globs, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Globs.of(Globs.split(globs)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void one_entry_expands_to_at_most_256_globs() {
        String nine = "/{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Globs.of(List.of(nine)));
        assertEquals("entry 1 expands to more than 256 globs: split it", e.getMessage());
        assertEquals(256, Globs.of(List.of(nine.substring(0, nine.length() - 5))).patterns().size());
    }
}
