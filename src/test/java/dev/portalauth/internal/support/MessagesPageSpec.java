package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every numbered message of the module's catalogues is listed, once, in docs/MESSAGES.md, and the page lists no other. */
class MessagesPageSpec {

    private static final Pattern CODE = Pattern.compile("KPA-[A-Z]+-[0-9]{3}");

    @Test
    void everyCodeOfTheCataloguesIsOnThePageAndNoOther() throws IOException {
        TreeSet<String> inCatalogues = new TreeSet<>();
        Catalogues.messages().forEach(message -> inCatalogues.add(message.code()));
        List<String> onPage = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs", "MESSAGES.md"))) {
            if (line.startsWith("| `KPA-")) {
                Matcher m = CODE.matcher(line.substring(0, line.indexOf('`', 3)));
                while (m.find()) {
                    onPage.add(m.group());
                }
            }
        }

        assertFalse(inCatalogues.isEmpty(), "the catalogues are read from target/classes");
        assertEquals(new TreeSet<>(onPage).size(), onPage.size(), "a code listed twice: " + onPage);
        assertEquals(inCatalogues, new TreeSet<>(onPage));
    }
}
