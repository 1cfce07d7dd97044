package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;

import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portalauth.internal.support.FakeHttp;

/**
 * A form login reads {@code email}, {@code password} and {@code next} from the body only
 * (a password in a URL lands in access logs); JSON logins read the JSON body. The fake request
 * fails any call to {@code getParameter}, which would read the query string too.
 */
class LoginRequestTest {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String FORM = "application/x-www-form-urlencoded";

    private static Optional<LoginRequest> read(FakeHttp request) throws IOException {
        return LoginRequest.read(request.request(), JSON);
    }

    @Test
    void a_form_body_gives_the_fields_percent_decoded() throws IOException {
        LoginRequest login = read(FakeHttp.post().contentType(FORM)
                .body("email=demo%40example.com&password=p%26ss+word%3D&next=%2Fdashboard%3Fa%3D1")).orElseThrow();

        assertEquals("demo@example.com", login.email());
        assertEquals("p&ss word=", login.password());
        assertEquals("/dashboard?a=1", login.next());
        assertFalse(login.json());
    }

    @Test
    void credentials_only_in_the_query_string_are_no_login() throws IOException {
        assertEquals(Optional.empty(), read(FakeHttp.post().contentType(FORM)
                .query("email=demo%40example.com&password=secret").body("")));
        assertEquals(Optional.empty(), read(FakeHttp.post()
                .query("email=demo%40example.com&password=secret")));
    }

    @Test
    void the_body_wins_and_the_query_string_is_never_read() throws IOException {
        LoginRequest login = read(FakeHttp.post().contentType(FORM)
                .query("email=other%40example.com&password=other&next=%2F%2Fevil.example&utm=x")
                .body("email=demo%40example.com&password=secret")).orElseThrow();

        assertEquals("demo@example.com", login.email());
        assertEquals("secret", login.password());
        assertEquals(null, login.next(), "next comes from the body too");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"application/x-www-form-urlencoded; charset=UTF-8", "Application/X-WWW-Form-Urlencoded",
        " application/x-www-form-urlencoded ;charset=utf-8"})
    void the_form_media_type_is_recognised_with_parameters_and_in_any_case(String type) throws IOException {
        assertTrue(read(FakeHttp.post().contentType(type).body("email=a%40b.c&password=x")).isPresent());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencodedx"})
    void a_body_that_is_neither_a_form_nor_json_is_no_login(String type) throws IOException {
        assertEquals(Optional.empty(), read(FakeHttp.post().contentType(type).body("email=a%40b.c&password=x")));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"email=a%40b.c", "password=x", "email=&password=x", "email=+&password=x",
        "email=a%40b.c&password=", "email=a%40b.c&password=%zz", "email%3Da%40b.c%26password%3Dx", "&&&", "="})
    void a_form_with_a_missing_empty_or_malformed_field_is_no_login(String body) throws IOException {
        assertEquals(Optional.empty(), read(FakeHttp.post().contentType(FORM).body(body)));
    }

    @Test
    void a_body_beyond_the_bound_is_no_login_whatever_it_holds() throws IOException {
        String padding = "&pad=" + "x".repeat(8192);
        assertEquals(Optional.empty(), read(FakeHttp.post().contentType(FORM)
                .body("email=a%40b.c&password=x" + padding)));
        assertTrue(read(FakeHttp.post().contentType(FORM)
                .body("email=a%40b.c&password=x" + "&pad=" + "x".repeat(8000))).isPresent(), "just under the bound");
    }

    @Test
    void a_json_login_still_reads_the_json_body_and_answers_as_json() throws IOException {
        LoginRequest login = read(FakeHttp.post().contentType("application/json")
                .query("email=other%40example.com&password=other")
                .body("{\"email\":\" demo@example.com \",\"password\":\"secret\",\"next\":\"/x\"}")).orElseThrow();

        assertEquals("demo@example.com", login.email());
        assertEquals("secret", login.password());
        assertEquals("/x", login.next());
        assertTrue(login.json());
    }

    @Test
    void a_form_login_that_accepts_json_is_answered_as_json() throws IOException {
        LoginRequest login = read(FakeHttp.post().contentType(FORM).header("Accept", "application/json")
                .body("email=a%40b.c&password=x")).orElseThrow();

        assertTrue(login.json());
    }

    @Test
    void its_text_never_shows_the_password() throws IOException {
        LoginRequest login = read(FakeHttp.post().contentType(FORM).body("email=a%40b.c&password=SECRET")).orElseThrow();

        assertFalse(login.toString().contains("SECRET"));
    }
}
