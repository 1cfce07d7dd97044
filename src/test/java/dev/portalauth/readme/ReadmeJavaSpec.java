package dev.portalauth.readme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.readme.ReadmeBlocks.Block;

/**
 * SPEC 12: every {@code java} block of the README compiles against the module and its APIs — a
 * page that lies is worse than none. Blocks are found afresh on each run, so a block anyone adds
 * is checked without touching this class; how a block is compiled (and how a fragment says what
 * it needs) is {@link ReadmeCompiler}'s. The examples that are pages run in
 * {@code it.ReadmeExamplesIT}.
 */
class ReadmeJavaSpec {

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> every_java_block_of_the_readme_compiles() {
        List<Block> blocks = ReadmeBlocks.all("java");
        assertFalse(blocks.isEmpty(), "the README shows Java examples");
        ReadmeCompiler compiler = new ReadmeCompiler(folder);
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            String errors = compiler.errors(block);
            if (!errors.isEmpty()) {
                fail(block.where() + " does not compile:\n" + errors);
            }
        }));
    }
}
