package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A refused request gets JSON only when its {@code Accept} prefers JSON to a page. */
class AcceptPreferenceSpec {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "APPLICATION/JSON", "application/json; charset=utf-8",
        "application/json, text/plain, */*", "application/json, text/javascript, */*; q=0.01",
        "text/html;q=0.5, application/json", "application/problem+json", "application/*, text/html;q=0.9",
        "application/json;q=0.9, text/*;q=0.8"})
    void a_request_that_prefers_json_gets_json(String accept) {
        assertTrue(AcceptPreference.prefersJson(accept));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"*/*", "text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "application/json;q=0.5, text/html", "application/json, text/html", "application/json;q=0, */*",
        "application/json;q=abc", "application/json;q=2", "text/plain", "image/png, application/xml",
        "*/*, application/json;q=0.9"})
    void a_browser_or_an_undecided_request_gets_the_page_answer(String accept) {
        assertFalse(AcceptPreference.prefersJson(accept));
    }
}
