package dev.portalauth.readme;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced code blocks of the project's documentation pages — {@code README.md} and every
 * {@code docs/*.md} — found afresh on every run, so that a block anyone adds, on any page, is
 * checked too. Pages are read README first, then {@code docs/} by name, and so are their blocks
 * (a Java example may use the types an earlier block declared). Each block knows its page and the
 * line it starts on (for failure messages), the heading it sits under and an HTML comment written
 * right above its fence, if any.
 */
public final class ReadmeBlocks {

    private static final Pattern EXCERPT = Pattern.compile("excerpt of (\\S+)");

    public static final Path README = Path.of("README.md");

    /** The folder of the pages beside the README (its subfolders, such as drafts, are not pages). */
    public static final Path DOCS = Path.of("docs");

    /**
     * @param page      the page the block is on ({@code README.md}, {@code docs/GUIDE.md}, …)
     * @param language  what follows the opening fence ({@code java}, {@code properties}, …)
     * @param line      the page's line of the block's first line of code (1-based)
     * @param heading   the nearest heading above it, without the {@code #}s
     * @param directive the text of an HTML comment on the line above the fence, or empty
     */
    public record Block(Path page, String language, int line, String heading, String directive, String code) {

        /**
         * {@code <!-- java: excerpt of path/To.java -->}: the block shows lines of a file another
         * build compiles and runs (the sample portal's), not code to compile here.
         */
        public Optional<Path> excerptOf() {
            Matcher m = EXCERPT.matcher(directive);
            return m.find() ? Optional.of(Path.of(m.group(1))) : Optional.empty();
        }

        /** Where the block is, for a failure message. */
        public String where() {
            return page + " line " + line + " (" + language + " block under \"" + heading + "\")";
        }

        /** The block read as a properties file, in the order written. */
        public Map<String, String> properties() {
            Properties parsed = new Properties();
            try {
                parsed.load(new StringReader(code));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> inOrder = new LinkedHashMap<>();
            code.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                    .map(l -> l.split("[=:\\s]", 2)[0])
                    .forEach(key -> inOrder.put(key, parsed.getProperty(key)));
            return inOrder;
        }
    }

    private ReadmeBlocks() {
    }

    /** The pages, README first, then {@code docs/*.md} by name. */
    public static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(DOCS)) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Every block written in {@code language}, page by page, in each page's order. */
    public static List<Block> all(String language) {
        return pages().stream().flatMap(page -> read(page).stream()).filter(b -> b.language().equals(language)).toList();
    }

    /** The first block of {@code language} under a heading that starts with {@code headingStart}. */
    public static Block under(String headingStart, String language) {
        return all(language).stream().filter(b -> b.heading().startsWith(headingStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no page (" + pages() + ") has a " + language
                        + " block under a heading starting \"" + headingStart + "\""));
    }

    private static List<Block> read(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        String heading = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "");
            } else if (line.startsWith("```")) {
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                String before = i > 0 ? lines.get(i - 1).strip() : "";
                String directive = before.startsWith("<!--") && before.endsWith("-->")
                        ? before.substring(4, before.length() - 3).strip() : "";
                blocks.add(new Block(page, line.substring(3).strip(), start + 1, heading, directive,
                        String.join("\n", lines.subList(start, end)) + "\n"));
                i = end;
            }
        }
        return blocks;
    }
}
