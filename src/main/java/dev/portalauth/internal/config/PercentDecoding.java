package dev.portalauth.internal.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One round of percent-decoding ({@code %XX} runs read as UTF-8; {@code +} stays {@code +}, as
 * in a path). Only ASCII hex digits count: {@link Character#digit} would also accept other
 * scripts' digits.
 */
final class PercentDecoding {

    private PercentDecoding() {
    }

    /** Decoded text, or {@code null} when a {@code %} is not followed by two hex digits or the bytes are not UTF-8. */
    static String strict(String text) {
        return decode(text, true);
    }

    /** Decoded text; a malformed {@code %} stays as it is and malformed UTF-8 becomes U+FFFD. */
    static String lenient(String text) {
        return decode(text, false);
    }

    private static String decode(String text, boolean strict) {
        int percent = text.indexOf('%');
        if (percent < 0) {
            return text;
        }
        int length = text.length();
        StringBuilder out = new StringBuilder(length).append(text, 0, percent);
        byte[] bytes = new byte[length / 3 + 1];
        int i = percent;
        while (i < length) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int count = 0;
            while (i + 2 < length && text.charAt(i) == '%' && isEncodedByte(text, i)) {
                bytes[count++] = (byte) (hexValue(text.charAt(i + 1)) << 4 | hexValue(text.charAt(i + 2)));
                i += 3;
            }
            if (count == 0) {
                if (strict) {
                    return null;
                }
                out.append('%');
                i++;
                continue;
            }
            String decoded = utf8(bytes, count, strict);
            if (decoded == null) {
                return null;
            }
            out.append(decoded);
        }
        return out.toString();
    }

    private static boolean isEncodedByte(String text, int percentIndex) {
        return hexValue(text.charAt(percentIndex + 1)) >= 0 && hexValue(text.charAt(percentIndex + 2)) >= 0;
    }

    private static String utf8(byte[] bytes, int count, boolean strict) {
        if (!strict) {
            return new String(bytes, 0, count, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, count))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
