package dev.portalauth.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code mvn package} built, as the tests that inspect or deploy it find it. */
final class Artifacts {

    private Artifacts() {
    }

    /** The one file in {@code target/} matching {@code glob}. */
    static File built(String glob) throws IOException {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), glob)) {
            for (Path path : found) {
                return path.toFile();
            }
        }
        throw new AssertionError("no " + glob + " in target/ (run after mvn package)");
    }
}
