package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every numbered message the module writes is listed, once, in docs/MESSAGES.md. */
class MessagesPageSpec {

    private static final Pattern CODE = Pattern.compile("KPA-[A-Z]+-[0-9]{3}");

    private static TreeSet<String> codesIn(String text) {
        TreeSet<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }

    @Test
    void everyCodeInTheSourcesIsOnThePageAndNoOther() throws IOException {
        TreeSet<String> inCode = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    inCode.addAll(codesIn(Files.readString(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        TreeSet<String> onPage = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("docs", "MESSAGES.md"))) {
            if (line.startsWith("| `KPA-")) {
                onPage.addAll(codesIn(line.substring(0, line.indexOf('`', 3))));
            }
        }

        assertEquals(inCode, onPage);
    }
}
