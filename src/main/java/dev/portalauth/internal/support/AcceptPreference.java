package dev.portalauth.internal.support;

import java.util.Locale;

/**
 * Does a request prefer JSON to an HTML page? Read from {@code Accept} as content negotiation
 * would: each of {@code application/json} and {@code text/html} takes the quality of the most
 * specific range that matches it; JSON wins on a higher quality, or on the same quality when it is
 * named more specifically ({@code application/json, *}{@code /*} is a script's request, {@code *}{@code /*}
 * alone or no header is a browser's or curl's, which get the page's answer).
 */
public final class AcceptPreference {

    private static final int NO_MATCH = -1;

    private AcceptPreference() {
    }

    public static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double jsonQ = 0;
        int jsonSpecificity = NO_MATCH;
        double htmlQ = 0;
        int htmlSpecificity = NO_MATCH;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            int json = specificity(type, "application", "json");
            if (json > jsonSpecificity) {
                jsonSpecificity = json;
                jsonQ = q;
            }
            int html = specificity(type, "text", "html");
            if (html > htmlSpecificity) {
                htmlSpecificity = html;
                htmlQ = q;
            }
        }
        return jsonQ > 0 && (jsonQ > htmlQ || jsonQ == htmlQ && jsonSpecificity > htmlSpecificity);
    }

    /** 2: names the type ({@code +json} suffixes count as JSON); 1: {@code type/*}; 0: {@code *}{@code /*}; else no match. */
    private static int specificity(String range, String type, String subtype) {
        if (range.equals(type + "/" + subtype) || subtype.equals("json") && range.startsWith(type + "/")
                && range.endsWith("+json")) {
            return 2;
        }
        if (range.equals(type + "/*")) {
            return 1;
        }
        return range.equals("*/*") ? 0 : NO_MATCH;
    }

    /** The {@code q} parameter; 1 when absent; a malformed one makes the range count for nothing. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && parameter.charAt(1) == '=' && (parameter.charAt(0) | 0x20) == 'q') {
                try {
                    double q = Double.parseDouble(parameter.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
