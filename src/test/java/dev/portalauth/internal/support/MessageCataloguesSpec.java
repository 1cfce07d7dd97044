package dev.portalauth.internal.support;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Ids and texts live together, one catalogue per area in the package that owns it: no code is
 * written anywhere else, and each catalogue's texts format as the lines operators grep.
 */
class MessageCataloguesSpec {

    private static final Pattern CODE = Pattern.compile("KPA-([A-Z]+)-[0-9]{3}");

    @Test
    void noCodeIsWrittenOutsideTheCatalogues() throws IOException {
        List<Path> catalogueSources = Catalogues.all().stream()
                .map(c -> Path.of("src", "main", "java", c.getName().replace('.', '/') + ".java")).toList();
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java") && !catalogueSources.contains(f))
                    .filter(f -> read(f).contains("\"KPA-")).toList();
        }

        assertEquals(List.of(), offenders);
    }

    @Test
    void eachCatalogueHoldsOneAreaAndEachAreaHasOneCatalogue() {
        Map<String, String> catalogueOfArea = new HashMap<>();
        for (Class<?> catalogue : Catalogues.all()) {
            List<String> areas = Catalogues.messagesOf(catalogue).stream().map(m -> area(m.code())).distinct().toList();
            assertEquals(1, areas.size(), catalogue + " holds " + areas);
            String before = catalogueOfArea.put(areas.get(0), catalogue.getName());
            assertEquals(null, before, "area " + areas.get(0) + " in " + before + " and " + catalogue.getName());
        }
    }

    @Test
    void eachCatalogueIsAFinalClassOfPublicConstants() {
        assertFalse(Catalogues.all().isEmpty(), "the catalogues are read from target/classes");
        assertAll(Catalogues.all().stream().map(catalogue -> () -> {
            assertTrue(Modifier.isFinal(catalogue.getModifiers()), catalogue + " is final");
            assertTrue(Arrays.stream(catalogue.getDeclaredConstructors()).allMatch(c -> Modifier.isPrivate(c.getModifiers())),
                    catalogue + " is never instantiated");
            assertTrue(Arrays.stream(catalogue.getDeclaredFields()).filter(f -> f.getType() == NumberedMessage.class)
                    .allMatch(f -> f.getModifiers() == (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL)),
                    catalogue + "'s messages are public static final");
        }));
    }

    @Test
    void everyTextTakesItsArgumentsAsPlainStrings() {
        assertAll(Catalogues.messages().stream().map(message -> () -> {
            String withoutArguments = message.text().replace("%s", "");
            assertTrue(!withoutArguments.contains("%"), message + ": only %s, so an argument reads as it would concatenated");
            Object[] arguments = Collections.nCopies(count(message.text(), "%s"), (Object) 1234567).toArray();
            assertEquals(message.code() + " " + message.text().replace("%s", "1234567"), message.format(arguments));
        }));
    }

    @Test
    void aMessageIsLoggedAtItsLevelWithItsCodeFirst() {
        Logger logger = Logger.getLogger(MessageCataloguesSpec.class.getName());
        NumberedMessage logged = Catalogues.messages().stream()
                .filter(m -> m.level() == Level.WARNING && m.text().equals("%s: Kraken answered HTTP %s")).findFirst().orElseThrow();
        try (CapturedLog log = CapturedLog.of(MessageCataloguesSpec.class)) {
            logged.log(logger, "login", 503);

            assertEquals(1, log.records().size());
            assertEquals(Level.WARNING, log.records().get(0).getLevel());
            assertEquals("KPA-KRAKEN-001 login: Kraken answered HTTP 503", log.records().get(0).getMessage());
        }
    }

    @Test
    void aMessageThatIsOnlyThrownIsNeverLogged() {
        Logger logger = Logger.getLogger(MessageCataloguesSpec.class.getName());
        try (CapturedLog log = CapturedLog.of(MessageCataloguesSpec.class)) {
            Catalogues.messages().stream().filter(m -> m.level() == Level.OFF).forEach(m -> m.log(logger, "a", "b", "c"));

            assertEquals(List.of(), log.records());
        }
    }

    private static String area(String code) {
        Matcher m = CODE.matcher(code);
        assertTrue(m.matches(), code);
        return m.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
