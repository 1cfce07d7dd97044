package dev.portalauth.demo;

/** Plain, tidy HTML for the demo pages; every value from outside goes through {@link #text}. */
final class Html {

    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1d1d3a}h1{color:#5b2cc9}a{color:#5b2cc9}.note{background:#f3f0ff;"
            + "padding:.75rem 1rem;border-radius:.5rem}.error{background:#ffe9e9;padding:.75rem 1rem;"
            + "border-radius:.5rem}label{display:block;margin:.5rem 0}input,select,textarea{font:inherit;"
            + "padding:.3rem;width:100%;box-sizing:border-box}button{font:inherit;padding:.4rem 1rem;"
            + "background:#5b2cc9;color:#fff;border:0;border-radius:.3rem}nav{margin-bottom:1.5rem}"
            + "nav a{margin-right:1rem}table{border-collapse:collapse}td,th{padding:.25rem .75rem;"
            + "border-bottom:1px solid #ddd;text-align:left}";

    private Html() {
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + text(title)
                + " · Demo portal</title><style>" + STYLE + "</style></head><body><nav><a href=\"/\">Home</a>"
                + "<a href=\"/dashboard\">Dashboard</a><a href=\"/tariffs\">Tariffs</a></nav><h1>" + text(title)
                + "</h1>" + body + "</body></html>";
    }

    static String text(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Pence as pounds, e.g. {@code -1830} → {@code -£18.30}. */
    static String money(int pence) {
        return (pence < 0 ? "-" : "") + "£" + Math.abs(pence) / 100 + "." + String.format("%02d", Math.abs(pence) % 100);
    }
}
