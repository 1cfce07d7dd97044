import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Aggregates the CPU samples (jdk.ExecutionSample) of a JFR recording made by {@code bench/run
 * --profile}: how request threads split between the module's own code, the container's security
 * code the module calls (registering the caller), Payara's Jakarta Security valve, the application
 * below the module's filter, the Kraken simulator (same JVM) and the rest; then which module
 * methods and which leaf methods inside the module cost most.
 * With a focus method, also what the samples under that method spend their time in, by package of
 * the leaf frame. Usage: {@code java bench/src/JfrTop.java recording.jfr [rows [focus-method]]}
 */
public class JfrTop {

    private static final String MODULE = "dev.portalauth.";
    /** Not the module: the fake Kraken and the demo pages share the package root. */
    private static final List<String> NOT_MODULE = List.of("dev.portalauth.simulator.", "dev.portalauth.demo.");
    private static final String SIMULATOR = "dev.portalauth.simulator.";
    /** The container's security code, when the module calls it (notifyContainerAboutLogin and its callbacks). */
    private static final List<String> CONTAINER_SECURITY = List.of("org.glassfish.soteria.", "com.sun.enterprise.security.",
            "javax.security.auth.", "org.glassfish.security.", "com.sun.web.security.");
    /** The module's filter hands the request on through this call: what runs below it is the application's. */
    private static final String FILTER = "dev.portalauth.internal.web.PortalAuthFilter.passOn";
    private static final String FILTER_CHAIN = "org.apache.catalina.core.ApplicationFilterChain.doFilter";
    /** Payara's Jakarta Security (JASPIC) valve: it runs because an authentication mechanism is installed. */
    private static final String SECURITY_VALVE = "org.apache.catalina.authenticator.AuthenticatorBase.invoke";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String focus = args.length > 2 ? args[2] : null;
        Map<String, Long> focusPackages = new HashMap<>();
        long focused = 0;
        Map<String, Long> split = new LinkedHashMap<>();
        for (String part : List.of("module's own code", "container security code called by the module (caller registration)",
                "Jakarta Security valve (container, around the mechanism)", "application below the module's filter",
                "Kraken simulator (same JVM, not the module)", "everything else (HTTP, servlet container, JAX-RS client)")) {
            split.put(part, 0L);
        }
        List<String> parts = new ArrayList<>(split.keySet());
        long total = 0;
        Map<String, Long> moduleInclusive = new HashMap<>();
        Map<String, Long> nearestModule = new HashMap<>();
        Map<String, Long> leafInModule = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            // Leaf first: the first module frame met decides whether the sample is the module's own.
            String part = parts.get(5);
            String nearest = null;
            boolean decided = false;
            boolean containerSecurity = false;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < frames.size(); i++) {
                String name = name(frames.get(i));
                if (isModule(name) && seen.add(name)) {
                    moduleInclusive.merge(name, 1L, Long::sum);
                }
                if (decided) {
                    continue;
                }
                if (name.startsWith(SIMULATOR)) {
                    part = parts.get(4);
                    decided = true;
                } else if (isModule(name)) {
                    boolean passThrough = name.equals(FILTER) && i > 0 && name(frames.get(i - 1)).equals(FILTER_CHAIN);
                    part = passThrough ? parts.get(3) : containerSecurity ? parts.get(1) : parts.get(0);
                    nearest = passThrough || containerSecurity ? null : name;
                    decided = true;
                } else if (name.equals(SECURITY_VALVE)) {
                    part = parts.get(2);
                    decided = true;
                } else if (CONTAINER_SECURITY.stream().anyMatch(name::startsWith)) {
                    containerSecurity = true;
                }
            }
            split.merge(part, 1L, Long::sum);
            if (focus != null && frames.stream().anyMatch(f -> name(f).equals(focus))) {
                focused++;
                focusPackages.merge(packageOf(name(frames.get(0)), 3), 1L, Long::sum);
            }
            if (nearest != null) {
                nearestModule.merge(nearest, 1L, Long::sum);
                leafInModule.merge(name(frames.get(0)), 1L, Long::sum);
            }
        }
        System.out.printf("CPU samples of Java threads: %d%n", total);
        long all = total;
        split.forEach((k, v) -> System.out.printf("  %5.1f%%  %6d  %s%n", pct(v, all), v, k));
        print("module methods, inclusive", moduleInclusive, total, rows);
        print("module method nearest the leaf (module's own samples)", nearestModule, total, rows);
        print("leaf methods of the module's own samples", leafInModule, total, rows);
        if (focus != null) {
            System.out.printf("-- under %s: %d samples (%.1f%%), by package of the leaf frame%n", focus, focused, pct(focused, total));
            print("leaf packages under " + focus, focusPackages, total, rows);
        }
    }

    private static boolean isModule(String name) {
        return name.startsWith(MODULE) && NOT_MODULE.stream().noneMatch(name::startsWith);
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod m = frame.getMethod();
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }

    /** The first {@code depth} segments of a method's package, e.g. {@code org.glassfish.jersey}. */
    private static String packageOf(String method, int depth) {
        String[] parts = method.split("\\.");
        int segments = Math.min(depth, Math.max(1, parts.length - 2));
        return String.join(".", java.util.Arrays.copyOf(parts, segments));
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static void print(String title, Map<String, Long> counts, long total, int rows) {
        System.out.println("-- " + title + " (share of all samples)");
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        sorted.stream().limit(rows).forEach(e ->
                System.out.printf("  %5.1f%%  %6d  %s%n", pct(e.getValue(), total), e.getValue(), e.getKey()));
    }
}
