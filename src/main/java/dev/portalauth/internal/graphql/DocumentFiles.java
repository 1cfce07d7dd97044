package dev.portalauth.internal.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The texts of the allowed documents, by file name, from where {@code kraken.auth.graphql-proxy.documents}
 * points: a directory's {@code .graphql} files, or — with {@code classpath:} — an index resource
 * listing {@code .graphql} resources one a line, relative to the index's folder (classpath
 * folders cannot be listed portably). Blank lines and {@code #} comments in the index are skipped.
 */
final class DocumentFiles {

    static final String CLASSPATH = "classpath:";

    private DocumentFiles() {
    }

    /** @throws InvalidDocumentException naming the file that cannot be read */
    static Map<String, String> read(String location, ClassLoader loader) {
        return location.startsWith(CLASSPATH)
                ? fromIndex(location.substring(CLASSPATH.length()).replaceFirst("^/", ""), loader)
                : fromDirectory(Path.of(location));
    }

    private static Map<String, String> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidDocumentException(directory.toString(), "not a directory");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".graphql")).sorted().toList()) {
                texts.put(file.getFileName().toString(), utf8(file.toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new InvalidDocumentException(directory.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return texts;
    }

    private static Map<String, String> fromIndex(String index, ClassLoader loader) {
        String folder = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : resource(index, loader).lines().toList()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.endsWith(".graphql")) {
                throw new InvalidDocumentException(index, "lists " + name + ", not a .graphql resource");
            }
            texts.put(name, resource(folder + name, loader));
        }
        return texts;
    }

    private static String resource(String name, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidDocumentException(name, "no such classpath resource");
            }
            return utf8(name, in.readAllBytes());
        } catch (IOException e) {
            throw new InvalidDocumentException(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDocumentException(name, "is not UTF-8");
        }
    }
}
