package dev.portalauth.readme;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
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

import dev.portalauth.readme.ReadmeBlocks.Block;

/**
 * Compiles the documentation's {@code java} blocks ({@link ReadmeBlocks}: the README and the
 * {@code docs/} pages) as a reader reads them: in order, each seeing the
 * types the blocks above it declared, with the imports every example takes for granted
 * ({@link #IMPORTS}) ahead of it. A block that declares a type is compiled as a source file
 * (several public types may share one block), into {@link #declaredTypes()}. Any other block is a
 * fragment: compiled as the members of a class, or else as the statements of a method, into a
 * scratch folder. An HTML comment right above the fence adds what the prose around a fragment
 * implies: {@code <!-- java: imports com.nimbusds.jose.*, com.nimbusds.jwt.*; extends
 * jakarta.ws.rs.core.Application -->}.
 */
public final class ReadmeCompiler {

    /** One line, so that the page line of a compiler message is easy to find. */
    static final String IMPORTS = Stream.of(
            "java.util.*", "java.net.*", "java.time.*", "jakarta.inject.*", "jakarta.enterprise.context.*",
            "jakarta.ws.rs.*", "jakarta.ws.rs.core.*", "jakarta.servlet.http.*",
            "dev.portalauth.*", "dev.portalauth.spi.*", "dev.portalauth.internal.guard.*")
            .map(p -> "import " + p + "; ").collect(Collectors.joining()) + "import static dev.portalauth.AuthMethod.*;";

    private static final Pattern DECLARES_A_TYPE = Pattern.compile(
            "(?m)^(import |(public |abstract |final |sealed )*(class|interface|record|enum|@interface) )");
    private static final Pattern IMPORTS_DIRECTIVE = Pattern.compile("imports ([^;]+)");
    private static final Pattern EXTENDS_DIRECTIVE = Pattern.compile("extends ([\\w.]+)");

    private final Path declaredTypes;
    private final Path scratch;

    /** @param folder an empty folder of the caller's */
    public ReadmeCompiler(Path folder) {
        try {
            this.declaredTypes = Files.createDirectories(folder.resolve("declared"));
            this.scratch = Files.createDirectories(folder.resolve("scratch"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes of the types the blocks compiled so far declare (the examples, in the unnamed package). */
    public Path declaredTypes() {
        return declaredTypes;
    }

    /**
     * Compiles one block (the blocks above it first, for what it uses of theirs).
     *
     * @return the compiler's errors, each at its page line; empty when the block compiles
     */
    public String errors(Block block) {
        String imports = IMPORTS + directiveImports(block);
        if (DECLARES_A_TYPE.matcher(block.code()).find()) {
            return compile(block, imports + "\n" + block.code(), 1, declaredTypes);
        }
        String superclass = EXTENDS_DIRECTIVE.matcher(block.directive()).results()
                .map(m -> " extends " + m.group(1)).findFirst().orElse("");
        List<String> attempts = new ArrayList<>();
        attempts.add(compile(block, imports + "\nabstract class ReadmeFragment" + superclass + " {\n"
                + block.code() + "}\n", 2, scratch));
        if (!attempts.get(0).isEmpty()) {
            attempts.add(compile(block, imports + "\nabstract class ReadmeFragment" + superclass
                    + " { void example() throws Exception {\n" + block.code() + "}}\n", 2, scratch));
        }
        return attempts.stream().anyMatch(String::isEmpty) ? ""
                : "neither as class members nor as statements:\n" + String.join("\n  -- or --\n", attempts);
    }

    /** Every block but excerpts of files built elsewhere, in page order; the first that does not compile fails. */
    public Path compileAll() {
        for (Block block : ReadmeBlocks.all("java")) {
            if (block.excerptOf().isPresent()) {
                continue;
            }
            String errors = errors(block);
            if (!errors.isEmpty()) {
                throw new AssertionError(block.where() + " does not compile: " + errors);
            }
        }
        return declaredTypes;
    }

    private static String directiveImports(Block block) {
        return IMPORTS_DIRECTIVE.matcher(block.directive()).results()
                .flatMap(m -> Stream.of(m.group(1).split(",")))
                .map(name -> " import " + name.strip() + ";")
                .collect(Collectors.joining());
    }

    private String compile(Block block, String source, int linesBeforeCode, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-proc:none", "-d", out.toString(), "-classpath", declaredTypes
                + File.pathSeparator + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        javac.getTask(null, null, diagnostics, options, null, List.of(new ReadmeSource(source))).call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "  " + block.page() + " line " + (block.line() + d.getLineNumber() - 1 - linesBeforeCode) + ": "
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
