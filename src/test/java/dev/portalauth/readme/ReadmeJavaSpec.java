package dev.portalauth.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.readme.ReadmeBlocks.Block;

/**
 * Every {@code java} block of the documentation — the README and every {@code docs/} page —
 * compiles against the module and its APIs: a page that lies is worse than none. Blocks are found
 * afresh on each run ({@link ReadmeBlocks}), so a block anyone adds, on any page, is checked
 * without touching this class. A block that shows a file built elsewhere (the sample
 * portal) says so and must match that file; how a block is compiled (and how a fragment says what
 * it needs) is {@link ReadmeCompiler}'s. The examples that are pages run in
 * {@code it.ReadmeExamplesIT}.
 */
class ReadmeJavaSpec {

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> every_java_block_of_the_documentation_compiles() {
        List<Block> blocks = ReadmeBlocks.all("java");
        assertFalse(blocks.isEmpty(), "the documentation shows Java examples");
        ReadmeCompiler compiler = new ReadmeCompiler(folder);
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            Optional<Path> source = block.excerptOf();
            if (source.isPresent()) {
                assertExcerpt(block, source.get());
                return;
            }
            String errors = compiler.errors(block);
            if (!errors.isEmpty()) {
                fail(block.where() + " does not compile:\n" + errors);
            }
        }));
    }

    @Test
    void the_pages_read_are_the_readme_and_every_page_of_docs_but_not_its_drafts() {
        List<Path> pages = ReadmeBlocks.pages();

        assertEquals(Path.of("README.md"), pages.get(0));
        assertTrue(pages.contains(Path.of("docs", "GUIDE.md")), pages.toString());
        assertTrue(pages.stream().allMatch(p -> p.equals(ReadmeBlocks.README) || p.getParent().equals(ReadmeBlocks.DOCS)),
                pages.toString());
        assertTrue(ReadmeBlocks.all("java").stream().anyMatch(b -> !b.page().equals(ReadmeBlocks.README)),
                "examples on the docs/ pages are checked too");
    }

    /** The block is the file's lines, in order, with lines left out. */
    private static void assertExcerpt(Block block, Path source) throws IOException {
        List<String> file = Files.readAllLines(source);
        int at = 0;
        for (String line : block.code().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            while (at < file.size() && !file.get(at).equals(line)) {
                at++;
            }
            if (at == file.size()) {
                fail(block.where() + " claims to be an excerpt of " + source + ", which has no line, after the ones before it, reading:\n" + line);
            }
            at++;
        }
    }
}
