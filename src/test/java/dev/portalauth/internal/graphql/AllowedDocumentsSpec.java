package dev.portalauth.internal.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.portalauth.AuthMethod;

/**
 * The GraphQL route's allow-list: a document is known by its normalised form (its tokens joined by
 * one space: layout, commas and comments dropped, strings intact) and by that form's SHA-256 hex;
 * a first line {@code # kinds:} limits the sessions that may run it; a file that is not one
 * operation stops deployment, naming the key and the file.
 */
class AllowedDocumentsSpec {

    private static final String VIEWER = """
            # kinds: access-token, masquerade
            # The user's accounts.
            query Viewer {
              viewer { id, accounts { number balance } }  # the balance in pence
            }
            """;

    @Test
    void theNormalisedFormIsTheTokensJoinedByOneSpaceWithoutTheKindsLine() {
        AllowedDocument document = AllowedDocument.parse(VIEWER);

        assertEquals("query Viewer { viewer { id accounts { number balance } } }", document.text());
    }

    @Test
    void theIdIsTheSha256HexOfTheNormalisedFormInUtf8() throws Exception {
        String normalised = "query Viewer { viewer { id accounts { number balance } } }";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, AllowedDocument.parse(VIEWER).id());
    }

    @Test
    void stringsAndBlockStringsAreKeptAsWrittenWithTheirCommasSpacesAndHashes() {
        String source = "query Q($p: String = \"a,  b # c\") { f(x: \"\"\"\n  block, # kept\n\"\"\", y: \"\\\"q\\u00e9\") }";

        assertEquals("query Q ( $ p : String = \"a,  b # c\" ) { f ( x : \"\"\"\n  block, # kept\n\"\"\" y : \"\\\"q\\u00e9\" ) }",
                AllowedDocument.parse(source).text());
    }

    /** As the grammar says, {@code $} and {@code @} are punctuators of their own: {@code $ p}, {@code @ skip}. */
    @Test
    void numbersNamesAndPunctuatorsAreTokens() {
        assertEquals("query { f ( a : -1.5e3 b : 0 c : [ 1 2 ] ) @ skip ( if : false ) { ... on T { x } } }",
                AllowedDocument.normalise("query{f(a:-1.5e3,b:0,c:[1,2])@skip(if:false){...on T{x}}}"));
    }

    @Test
    void theSameOperationLaidOutAnotherWayIsFoundByItsText() {
        AllowedDocuments allowed = AllowedDocuments.of(Map.of("viewer.graphql", VIEWER));

        assertTrue(allowed.byQuery("query Viewer{viewer{id accounts{number,balance}}}").isPresent());
        assertTrue(allowed.byQuery("  # a comment\nquery   Viewer { viewer { id\n accounts { number balance } } }").isPresent());
    }

    @Test
    void anotherOperationOrAnythingThatIsNotGraphqlIsNotFound() {
        AllowedDocuments allowed = AllowedDocuments.of(Map.of("viewer.graphql", VIEWER));

        assertFalse(allowed.byQuery("query Viewer { viewer { id accounts { number balance status } } }").isPresent());
        assertFalse(allowed.byQuery("query Viewer { viewer { id accounts { number \"balance\" } } }").isPresent());
        assertFalse(allowed.byQuery("query Viewer { viewer { id accounts { number balance } } } %").isPresent());
        assertFalse(allowed.byQuery("").isPresent());
        assertFalse(allowed.byId("0".repeat(64)).isPresent());
    }

    @Test
    void itIsFoundByItsId() {
        AllowedDocuments allowed = AllowedDocuments.of(Map.of("viewer.graphql", VIEWER));
        String id = AllowedDocument.parse(VIEWER).id();

        assertEquals(AllowedDocument.parse(VIEWER), allowed.byId(id).orElseThrow());
        assertFalse(allowed.byId(id.toUpperCase()).isPresent(), "ids are lower-case hex");
    }

    @Test
    void theKindsLineAdmitsOnlyTheKindsItNames() {
        AllowedDocument document = AllowedDocument.parse(VIEWER);

        assertEquals(EnumSet.of(AuthMethod.ACCESS_TOKEN, AuthMethod.MASQUERADE), document.kinds());
        assertFalse(document.admits(AuthMethod.SCOPED));
        assertFalse(document.admits(AuthMethod.MOBILE_WEB_VIEW));
    }

    @Test
    void withoutAKindsLineEverySessionKindIsAdmittedButNoSessionNever() {
        AllowedDocument document = AllowedDocument.parse("query { viewer { id } }");

        assertEquals(EnumSet.of(AuthMethod.MASQUERADE, AuthMethod.MOBILE_WEB_VIEW, AuthMethod.ACCESS_TOKEN,
                AuthMethod.SCOPED), document.kinds());
        assertFalse(document.admits(AuthMethod.NONE));
    }

    @Test
    void aKindsLineCountsOnlyAsTheFirstLine() {
        AllowedDocument document = AllowedDocument.parse("query { viewer { id } }\n# kinds: scoped\n");

        assertTrue(document.admits(AuthMethod.ACCESS_TOKEN));
    }

    @Test
    void anUnknownKindStopsDeploymentNamingTheFile() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> AllowedDocuments.of(Map.of("bad.graphql", "# kinds: scoped, none\nquery { viewer { id } }")));

        assertTrue(e.getMessage().startsWith("KPA-GRAPHQL-001 kraken.auth.graphql-proxy.documents: bad.graphql: "),
                e.getMessage());
    }

    @Test
    void aFileHoldsExactlyOneOperationAndMayHoldFragments() {
        assertEquals(1, AllowedDocuments.of(Map.of("f.graphql",
                "query Q { viewer { ...U } } fragment U on AccountUserType { id }")).size());
        assertRefused("query A { viewer { id } } query B { viewer { email } }");
        assertRefused("fragment U on AccountUserType { id }");
        assertRefused("");
        assertRefused("# only a comment");
        assertRefused("subscription S { viewer { id } }");
        assertRefused("type Query { x: Int }");
        assertRefused("query Q { viewer { id }");
        assertRefused("query Q { viewer { id } } }");
        assertRefused("query Q($a: Int = 01) { viewer { id } }");
        assertRefused("query Q { f(a: \"unterminated) }");
        assertRefused("query Q { f(a: \"\"\"unterminated) }");
        assertRefused("query Q { viewer { id } } ;");
    }

    @Test
    void defaultObjectValuesInVariableDefinitionsAreNotASelectionSet() {
        assertEquals(1, AllowedDocuments.of(Map.of("f.graphql",
                "query Q($i: In = {a: 1}) @d(x: {b: 2}) { viewer { id } }")).size());
    }

    @Test
    void twoFilesWithTheSameOperationAreAMistake() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.graphql", "query { viewer { id } }");
        files.put("b.graphql", "# kinds: scoped\nquery {\n  viewer { id }\n}");

        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> AllowedDocuments.of(files));

        assertTrue(e.getMessage().contains("b.graphql: the same operation as a.graphql"), e.getMessage());
    }

    @Test
    void noDocumentAtAllIsAMistake() {
        assertThrows(InvalidDocumentException.class, () -> AllowedDocuments.of(Map.of()));
    }

    private static void assertRefused(String source) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> AllowedDocuments.of(Map.of("x.graphql", source)), source);
        assertTrue(e.getMessage().contains("x.graphql"), e.getMessage());
    }
}
