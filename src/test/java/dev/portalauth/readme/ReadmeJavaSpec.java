package dev.portalauth.readme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.portalauth.readme.ReadmeBlocks.Block;

/**
 * SPEC 12: every {@code java} block of the README compiles against the module and its APIs — a
 * page that lies is worse than none. Blocks are found afresh on each run, so a block anyone adds
 * is checked without touching this class.
 *
 * <p>How a block is compiled: as a reader reads it, seeing the types the blocks above it
 * declared, with the imports every example takes for granted ({@link #IMPORTS}) ahead of it. A
 * block that declares a type is compiled as a source file (several
 * public types may share one block). Any other block is compiled as the members of a class, or
 * else as the statements of a method. An HTML comment right above the fence adds what the prose
 * around a fragment implies: {@code <!-- java: imports com.nimbusds.jose.*, com.nimbusds.jwt.*;
 * extends jakarta.ws.rs.core.Application -->}.
 */
class ReadmeJavaSpec {

    /** One line, so that the README line of a compiler message is easy to find. */
    static final String IMPORTS = Stream.of(
            "java.util.*", "java.net.*", "java.time.*", "jakarta.inject.*", "jakarta.enterprise.context.*",
            "jakarta.ws.rs.*", "jakarta.ws.rs.core.*", "jakarta.servlet.http.*",
            "dev.portalauth.*", "dev.portalauth.spi.*", "dev.portalauth.guard.*")
            .map(p -> "import " + p + "; ").collect(Collectors.joining()) + "import static dev.portalauth.AuthMethod.*;";

    private static final Pattern DECLARES_A_TYPE = Pattern.compile(
            "(?m)^(import |(public |abstract |final |sealed )*(class|interface|record|enum|@interface) )");
    private static final Pattern IMPORTS_DIRECTIVE = Pattern.compile("imports ([^;]+)");
    private static final Pattern EXTENDS_DIRECTIVE = Pattern.compile("extends ([\\w.]+)");

    @TempDir
    Path classes;

    @TestFactory
    Stream<DynamicTest> every_java_block_of_the_readme_compiles() {
        List<Block> blocks = ReadmeBlocks.all("java");
        assertFalse(blocks.isEmpty(), "the README shows Java examples");
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> compiles(block)));
    }

    private void compiles(Block block) throws IOException {
        String imports = IMPORTS + directiveImports(block);
        List<String> attempts = new ArrayList<>();
        if (DECLARES_A_TYPE.matcher(block.code()).find()) {
            attempts.add(errors(block, imports + "\n" + block.code(), 1));
        } else {
            String superclass = EXTENDS_DIRECTIVE.matcher(block.directive()).results()
                    .map(m -> " extends " + m.group(1)).findFirst().orElse("");
            attempts.add(errors(block, imports + "\nabstract class ReadmeBlock" + superclass + " {\n" + block.code() + "}\n", 2));
            attempts.add(errors(block, imports + "\nabstract class ReadmeBlock" + superclass
                    + " { void example() throws Exception {\n" + block.code() + "}}\n", 2));
        }
        if (attempts.stream().noneMatch(String::isEmpty)) {
            fail(block.where() + " does not compile"
                    + (attempts.size() > 1 ? " (neither as class members nor as statements)" : "") + ":\n"
                    + String.join("\n  -- or --\n", attempts));
        }
    }

    private static String directiveImports(Block block) {
        return IMPORTS_DIRECTIVE.matcher(block.directive()).results()
                .flatMap(m -> Stream.of(m.group(1).split(",")))
                .map(name -> " import " + name.strip() + ";")
                .collect(Collectors.joining());
    }

    /** The compiler's errors, each at its README line; empty when the source compiles. */
    private String errors(Block block, String source, int linesBeforeCode) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-proc:none", "-d", classes.toString(), "-classpath", classes
                + File.pathSeparator + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        javac.getTask(null, null, diagnostics, options, null, List.of(new ReadmeSource(source))).call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "  README.md line " + (block.line() + d.getLineNumber() - 1 - linesBeforeCode) + ": "
                        + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    /** A block as a source file; any name fits it, so one block may hold several public types. */
    private static final class ReadmeSource extends SimpleJavaFileObject {

        private final String source;

        ReadmeSource(String source) {
            super(URI.create("string:///ReadmeBlock.java"), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return true;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
