package com.example.portal;

/** The portal's page frame and HTML escaping: every value from a visitor or Kraken goes through {@link #text}. */
final class Html {

    private Html() {
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + text(title)
                + "</title></head><body><nav><a href=\"/tariffs\">Tariffs</a> · "
                + "<a href=\"/products\">Products</a> · <a href=\"/dashboard\">Dashboard</a></nav><h1>" + text(title)
                + "</h1>" + body + "</body></html>";
    }

    static String text(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
