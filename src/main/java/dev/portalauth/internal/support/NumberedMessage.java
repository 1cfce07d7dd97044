package dev.portalauth.internal.support;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One numbered message of the module, in the manner of JBoss Logging's message bundles: its stable
 * code ({@code KPA-<AREA>-<NNN>}, which operators grep for and docs/MESSAGES.md explains), the level
 * it is logged at, and its text. Each area's messages are the {@code public static final} constants
 * of one {@code …Messages} class in the package that owns the area, so ids and texts are read
 * together; several texts may share a code when they report the same thing. Texts name keys,
 * operations, counts and Kraken's codes: never a token, a key, a password or a secret's value, and
 * neither may the arguments given to them.
 *
 * @param code {@code KPA-<AREA>-<NNN>}
 * @param level the level the line is logged at; {@link Level#OFF} for a message that is only thrown
 *        (an exception's message), never logged by the module
 * @param text a {@link String#format} pattern whose arguments are all {@code %s} (so each is written
 *        as {@code String.valueOf})
 */
public record NumberedMessage(String code, Level level, String text) {

    /** The line: the code, a space, the text with {@code args} in place. */
    public String format(Object... args) {
        return code + " " + String.format(Locale.ROOT, text, args);
    }

    /** Logs the line at this message's level; formats it only when {@code logger} writes that level. */
    public void log(Logger logger, Object... args) {
        if (level != Level.OFF && logger.isLoggable(level)) {
            logger.log(level, format(args));
        }
    }

    /** As {@link #log(Logger, Object...)}, with the throwable that caused it. */
    public void log(Logger logger, Throwable thrown, Object... args) {
        if (level != Level.OFF && logger.isLoggable(level)) {
            logger.log(level, format(args), thrown);
        }
    }
}
