package dev.portalauth.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kraken.auth.mechanism.enabled}, as the CDI extension reads it while types are
 * discovered: only {@code false} takes the module's mechanism away; unset or {@code true} keeps
 * it, and so does a value that is no boolean (the settings stop deployment for it, naming the key).
 */
class MechanismSwitchSpec {

    @ParameterizedTest(name = "[{0}] disabled: {1}")
    @CsvSource(nullValues = "unset", value = {
        "unset, false",
        "true, false",
        "TRUE, false",
        "false, true",
        "' False ', true",
        "no, false",
        "'', false"})
    void only_false_takes_the_mechanism_away(String value, boolean disabled) {
        assertEquals(disabled, MechanismSwitch.disabled(Optional.ofNullable(value)));
    }
}
