import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * bench/run's scenarios, statistics and report. The shell starts processes, runs wrk and writes what
 * it saw as {@code key=value} lines; this program owns the one table of scenarios and everything
 * computed from the raw results.
 * <ul>
 *   <li>{@code java bench/src/BenchReport.java scenarios}: the scenario table, tab-separated, for
 *       the shell (name, phases, Kraken counter, expected cookies, path, cookie, wrk script, its
 *       arguments; {@code -} for none; {@code {NAME}} stands for the shell variable NAME).</li>
 *   <li>{@code java bench/src/BenchReport.java report OUT_DIR DOC HISTORY}: reads OUT_DIR, prints the
 *       report, writes it between the markers of DOC and appends this run's verdicts to HISTORY.</li>
 * </ul>
 */
public class BenchReport {

    // ------------------------------------------------------------------ the scenarios

    enum Phase { WARMUP, LOADED, SINGLE }

    /** One scenario: what a request carries and when it is measured. */
    record Scenario(String name, List<Phase> phases, String counter, String expectedCookies, String path,
                    String cookie, String script, String scriptArgs, String description, int krakenMs) {

        Scenario(String name, List<Phase> phases, String counter, String expectedCookies, String path,
                 String cookie, String script, String scriptArgs, String description) {
            this(name, phases, counter, expectedCookies, path, cookie, script, scriptArgs, description, 0);
        }

        boolean in(Phase phase) {
            return phases.contains(phase);
        }

        String row() {
            return String.join("\t", name, phases.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")),
                    dash(counter), dash(expectedCookies), path, dash(cookie), dash(script), dash(scriptArgs),
                    Integer.toString(krakenMs));
        }

        private static String dash(String s) {
            return s == null || s.isEmpty() ? "-" : s;
        }
    }

    private static final String EXCHANGES = "obtainKrakenToken.preSignedKey";
    private static final String REFRESHES = "obtainKrakenToken.refreshToken";
    private static final String VIEWER_CALLS = "viewer";
    /**
     * How far Kraken is in the remote GraphQL scenarios: a round trip to a service in another data
     * centre and its own work; Kraken's GraphQL API answers a portal in more than this.
     */
    private static final int REMOTE_KRAKEN_MS = 20;
    private static final List<Phase> ALL = List.of(Phase.WARMUP, Phase.LOADED, Phase.SINGLE);
    private static final List<Phase> LOADED = List.of(Phase.WARMUP, Phase.LOADED);
    /** Expected cookies "none": a warm request sets nothing. Null: not checked by a single request. */
    private static final String NONE = "none";

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("baseline", ALL, null, NONE, "/bench/ping", null, null, null,
                    "nothing: no cookie, on /bench/ping (guest off there)"),
            new Scenario("baseline-cookie", LOADED, null, NONE, "/bench/ping", "bench={FOREIGN}", null, null,
                    "diagnostic: one cookie the module does not use, as long as an access token"),
            new Scenario("scoped-bytes", LOADED, null, NONE, "/bench/keyed/{KEY}/ping",
                    "xscopedToken={SCOPED}; xscopedTokenBinding={SCOPED_BINDING}", null, null,
                    "diagnostic: the bytes of warm-scoped (its two cookies under names the module does not read, the key in a path that is no anon pathname)"),
            new Scenario("warm-full", LOADED, null, NONE, "/bench/ping",
                    "accessToken={ACCESS}; accessTokenBinding={ACCESS_BINDING}", null, null,
                    "`accessToken` + `accessTokenBinding` from one real login (the binding proves the token)"),
            new Scenario("warm-scoped", LOADED, null, NONE, "/bench/anon/{KEY}/ping",
                    "scopedToken={SCOPED}; scopedTokenBinding={SCOPED_BINDING}", null, null,
                    "`scopedToken` + `scopedTokenBinding` from one real exchange, the same key in the path"),
            new Scenario("warm-guest", LOADED, null, NONE, "/bench/guest/ping", "jwt={GUEST}", null, null,
                    "a valid guest token (`jwt`) on a guest path"),
            // No warm-up of its own: the heap check's 100 000 first visits are one.
            new Scenario("first-visit", List.of(Phase.LOADED, Phase.SINGLE), null, "jwt", "/bench/guest/ping", null, null, null,
                    "no cookie on a guest path: a guest token is signed and set"),
            // Its tokens are collected during the heap check, so it cannot be warmed up before.
            new Scenario("guest-unseen", List.of(Phase.LOADED), null, null, "/bench/guest/ping", null,
                    "guest-unseen.lua", "{UNSEEN_POOL} {T}",
                    "a valid guest token the server no longer remembers (as after a restart or on another node): verified, not re-issued"),
            new Scenario("exchange", ALL, EXCHANGES, "scopedToken,scopedTokenBinding", "/bench/anon/{KEY}/ping", null, null, null,
                    "a pre-signed key in the path, no cookie: exchanged with Kraken (simulator, 0 ms)"),
            new Scenario("refresh", LOADED, REFRESHES, "accessToken,refreshToken,accessTokenBinding", "/bench/ping",
                    "accessToken={EXPIRED}; refreshToken={REFRESH}; accessTokenBinding={ACCESS_BINDING}", null, null,
                    "an expired `accessToken` + one shared `refreshToken` and its binding (the module's 60 s memory answers, see below)"),
            new Scenario("kraken-exchange", List.of(Phase.WARMUP, Phase.SINGLE), EXCHANGES, null, "/kraken/graphql/", null,
                    "kraken-exchange.lua", "{KEY}",
                    "reference: the simulator answering the module's exchange call directly"),
            // One request at a time: its pool of refresh tokens (one login each) could not feed 16 connections for long.
            new Scenario("refresh-distinct", List.of(Phase.WARMUP, Phase.SINGLE), REFRESHES, null, "/bench/ping", null,
                    "refresh.lua", "{POOL} {T} {EXPIRED}",
                    "an expired `accessToken` + a refresh token of its own: a real refresh per request"),
            new Scenario("graphql-proxy", ALL, VIEWER_CALLS, null, "/api/graphql",
                    "accessToken={ACCESS}; accessTokenBinding={ACCESS_BINDING}", "graphql-proxy.lua", "{GRAPHQL_ID}",
                    "the demo's allowed `ViewerAccounts` posted by id to the GraphQL route with a logged-in session's cookies: one Kraken call (simulator, same server)"),
            new Scenario("graphql-direct", ALL, VIEWER_CALLS, null, "/kraken/graphql/", null,
                    "graphql-direct.lua", "{ACCESS}",
                    "control of graphql-proxy: the same document with the same token, sent to the simulator directly"),
            // Kraken as the portal meets it: another service, some way off. Both answer after the
            // simulator waited REMOTE_KRAKEN_MS, so the two compare the route with the call it stands for.
            new Scenario("graphql-proxy-remote", LOADED, VIEWER_CALLS, null, "/api/graphql",
                    "accessToken={ACCESS}; accessTokenBinding={ACCESS_BINDING}", "graphql-proxy.lua", "{GRAPHQL_ID}",
                    "graphql-proxy with Kraken " + REMOTE_KRAKEN_MS + " ms away (the simulator waits that long before it answers)",
                    REMOTE_KRAKEN_MS),
            new Scenario("graphql-direct-remote", LOADED, VIEWER_CALLS, null, "/kraken/graphql/", null,
                    "graphql-direct.lua", "{ACCESS}",
                    "control of graphql-proxy-remote: graphql-direct with Kraken " + REMOTE_KRAKEN_MS + " ms away",
                    REMOTE_KRAKEN_MS));

    static Scenario scenario(String name) {
        return SCENARIOS.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + name));
    }

    // ------------------------------------------------------------------ raw results

    /** What wrk printed for one run. */
    record Wrk(double rps, double p50, double p99, long requests, long non2xx, long socketErrors, Map<String, String> script) {

        private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.0+)?%\\s+(\\S+)");
        private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+(\\S+)");
        private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in ");
        private static final Pattern NON2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
        private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

        static Wrk read(Path file) {
            double rps = 0, p50 = Double.NaN, p99 = Double.NaN;
            long requests = 0, non2xx = 0, errors = 0;
            Map<String, String> script = new LinkedHashMap<>();
            for (String line : lines(file)) {
                Matcher m;
                if ((m = PERCENTILE.matcher(line)).find()) {
                    if (m.group(1).equals("50")) {
                        p50 = millis(m.group(2));
                    } else {
                        p99 = millis(m.group(2));
                    }
                } else if ((m = RPS.matcher(line)).find()) {
                    rps = Double.parseDouble(m.group(1));
                } else if ((m = REQUESTS.matcher(line)).find()) {
                    requests = Long.parseLong(m.group(1));
                } else if ((m = NON2XX.matcher(line)).find()) {
                    non2xx = Long.parseLong(m.group(1));
                } else if ((m = SOCKET.matcher(line)).find()) {
                    for (int g = 1; g <= 4; g++) {
                        errors += Long.parseLong(m.group(g));
                    }
                } else if (line.matches("^[a-z_]+=\\S+( [a-z_]+=\\S+)*$")) { // what a wrk script printed
                    script.putAll(keyValues(line));
                }
            }
            return new Wrk(rps, p50, p99, requests, non2xx, errors, script);
        }

        private static double millis(String v) {
            if (v.endsWith("us")) {
                return Double.parseDouble(v.substring(0, v.length() - 2)) / 1000;
            }
            if (v.endsWith("ms")) {
                return Double.parseDouble(v.substring(0, v.length() - 2));
            }
            if (v.endsWith("m")) {
                return Double.parseDouble(v.substring(0, v.length() - 1)) * 60_000;
            }
            if (v.endsWith("s")) {
                return Double.parseDouble(v.substring(0, v.length() - 1)) * 1000;
            }
            return Double.parseDouble(v);
        }
    }

    /** One measured run of one scenario. */
    record Run(int round, String scenario, int connections, Wrk wrk, long krakenCalls, double cpuUsPerRequest) {
    }

    /** The signing and verification floors measured inside the server in one round. */
    record Floor(int round, Map<String, Double> micros) {
        double get(String key) {
            return micros.getOrDefault(key, Double.NaN);
        }
    }

    /** One flood of the attack check against its own unattacked measurement. */
    record Attack(String name, Wrk alone, Wrk attacked, long floodRequests, long krakenCalls, int peakWaitingOnKraken,
                  int peakBusy, int refreshed, int refreshes) {
        double rpsRatio() {
            return alone.rps() > 0 ? attacked.rps() / alone.rps() : Double.NaN;
        }

        double p99Ratio() {
            return alone.p99() > 0 ? attacked.p99() / alone.p99() : Double.NaN;
        }
    }

    /** A class histogram of the server ({@code jcmd GC.class_histogram}): instances and bytes per class. */
    record Histogram(Map<String, long[]> classes) {
        static Histogram read(Path file) {
            Map<String, long[]> classes = new HashMap<>();
            for (String line : lines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].matches("\\d+:")) {
                    classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
            return new Histogram(classes);
        }

        long instances(String type) {
            return classes.getOrDefault(type, new long[2])[0];
        }

        /** The three classes that grew most in bytes since {@code before}. */
        String growersSince(Histogram before) {
            return classes.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue()[1] - before.classes.getOrDefault(e.getKey(), new long[2])[1]))
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(3)
                    .map(e -> String.format(Locale.ROOT, "`%s` +%.1f MB", e.getKey(), e.getValue() / 1048576.0))
                    .collect(Collectors.joining(", "));
        }
    }

    /** Everything one bench/run measured. */
    static final class Results {
        final Map<String, String> facts;
        final List<Run> runs = new ArrayList<>();
        final List<Floor> floors = new ArrayList<>();
        final List<Attack> attacks = new ArrayList<>();
        final Map<String, String> separateFloor;
        final Histogram start;
        final Histogram half;
        final Histogram end;
        final int connections;

        Results(Path out) {
            facts = keyValues(String.join(" ", lines(out.resolve("facts.txt"))));
            connections = Integer.parseInt(fact("connections"));
            double clockTicks = Double.parseDouble(fact("clk_tck"));
            for (String line : lines(out.resolve("runs.txt"))) {
                Map<String, String> r = keyValues(line);
                Wrk wrk = Wrk.read(out.resolve(r.get("wrk")));
                long ticks = Long.parseLong(r.get("cpu_ticks"));
                runs.add(new Run(Integer.parseInt(r.get("round")), r.get("scenario"), Integer.parseInt(r.get("connections")),
                        wrk, Long.parseLong(r.get("calls")),
                        wrk.requests() > 0 ? ticks * 1e6 / clockTicks / wrk.requests() : Double.NaN));
            }
            for (String line : lines(out.resolve("floor.txt"))) {
                Map<String, String> r = keyValues(line);
                Map<String, Double> micros = new LinkedHashMap<>();
                r.forEach((k, v) -> {
                    if (k.endsWith("_us")) {
                        micros.put(k, Double.parseDouble(v));
                    }
                });
                floors.add(new Floor(Integer.parseInt(r.get("round")), micros));
            }
            for (String line : lines(out.resolve("attack.txt"))) {
                Map<String, String> r = keyValues(line);
                attacks.add(new Attack(r.get("name"), Wrk.read(out.resolve(r.get("alone"))), Wrk.read(out.resolve(r.get("attacked"))),
                        Wrk.read(out.resolve(r.get("flood"))).requests(), Long.parseLong(r.get("calls")),
                        Integer.parseInt(r.get("peak_kraken")), Integer.parseInt(r.get("peak_busy")),
                        Integer.parseInt(r.getOrDefault("refreshed", "0")), Integer.parseInt(r.getOrDefault("refreshes", "0"))));
            }
            separateFloor = keyValues(String.join(" ", lines(out.resolve("sign-floor.txt")).stream()
                    .filter(l -> !l.startsWith("#")).toList()));
            start = Histogram.read(out.resolve("histogram-start.txt"));
            half = Histogram.read(out.resolve("histogram-half.txt"));
            end = Histogram.read(out.resolve("histogram-end.txt"));
        }

        String fact(String key) {
            return Objects.requireNonNull(facts.get(key), () -> "bench/run did not record " + key);
        }

        double factNumber(String key) {
            return Double.parseDouble(fact(key));
        }

        Stream<Run> runs(String scenario, int connections) {
            return runs.stream().filter(r -> r.scenario().equals(scenario) && r.connections() == connections);
        }

        double median(String scenario, int connections, java.util.function.ToDoubleFunction<Run> metric) {
            return BenchReport.median(runs(scenario, connections).mapToDouble(metric));
        }

        /** Per round, the scenario's metric over {@code base}'s in the same round; the median of those. */
        double ratio(String scenario, String base, int connections, java.util.function.ToDoubleFunction<Run> metric) {
            return perRound(connections, (s, b) -> s / b, scenario, base, metric);
        }

        /** Per round, f(scenario's metric, base's metric); the median. */
        double perRound(int connections, java.util.function.DoubleBinaryOperator f, String scenario, String base,
                        java.util.function.ToDoubleFunction<Run> metric) {
            Map<Integer, Double> baseByRound = new HashMap<>();
            runs(base, connections).forEach(r -> baseByRound.put(r.round(), metric.applyAsDouble(r)));
            return BenchReport.median(runs(scenario, connections)
                    .filter(r -> baseByRound.getOrDefault(r.round(), 0.0) > 0)
                    .mapToDouble(r -> f.applyAsDouble(metric.applyAsDouble(r), baseByRound.get(r.round()))));
        }

        /** The baseline's server CPU per request over the scenario's: the throughput ratio by CPU. */
        double cpuRatio(String scenario, String base) {
            return ratio(base, scenario, connections, Run::cpuUsPerRequest);
        }

        double floor(String key) {
            return BenchReport.median(floors.stream().filter(f -> f.round() > 0).mapToDouble(f -> f.get(key)));
        }

        /** Per round: f(one-at-a-time p50 of a minus that of b, in µs, and the round's floor of {@code floorKey}). */
        double c1OverFloor(String a, String b, String floorKey) {
            Map<Integer, Double> floorByRound = new HashMap<>();
            floors.forEach(f -> floorByRound.put(f.round(), f.get(floorKey)));
            Map<Integer, Double> bByRound = new HashMap<>();
            runs(b, 1).forEach(r -> bByRound.put(r.round(), r.wrk().p50()));
            return BenchReport.median(runs(a, 1).filter(r -> bByRound.containsKey(r.round()) && floorByRound.containsKey(r.round()))
                    .mapToDouble(r -> (r.wrk().p50() - bByRound.get(r.round())) * 1000 / floorByRound.get(r.round())));
        }

        String callsPerRequest(String scenario, int connections) {
            return runs(scenario, connections).mapToLong(Run::krakenCalls).sum() + " / "
                    + runs(scenario, connections).mapToLong(r -> r.wrk().requests()).sum();
        }

        Attack attack(String name) {
            return attacks.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        }
    }

    // ------------------------------------------------------------------ targets

    /** One verdict of a target: met or missed by one measure. */
    record Verdict(String measure, boolean met) {
    }

    /** A target row: what was measured, and its verdicts. */
    record Target(String issue, String name, String measured, List<Verdict> verdicts) {
        static Target of(String issue, String name, String measured, boolean met) {
            return new Target(issue, name, measured, List.of(new Verdict("", met)));
        }
    }

    static List<Target> targets(Results r) {
        List<Target> t = new ArrayList<>();
        int c = r.connections;
        for (String s : List.of("warm-full", "warm-scoped", "warm-guest")) {
            double rps = r.ratio(s, "baseline", c, run -> run.wrk().rps());
            double cpu = r.cpuRatio(s, "baseline");
            // The control carries the same bytes as the scenario and gives the module nothing to do.
            String controlName = s.equals("warm-scoped") ? "scoped-bytes" : "baseline-cookie";
            double control = r.cpuRatio(s, controlName);
            double p99 = r.ratio(s, "baseline", c, run -> run.wrk().p99());
            t.add(new Target("7", s + ": ≥ 0.95× baseline throughput",
                    fmt(cpu) + "× by server CPU per request; " + fmt(rps) + "× by wrk req/s (against `" + controlName + "`, "
                            + (s.equals("warm-scoped") ? "the same bytes" : "the bytes of an access token")
                            + " and nothing for the module to do: " + fmt(control) + "× by CPU)",
                    List.of(new Verdict("by CPU", cpu >= 0.95), new Verdict("by wrk req/s", rps >= 0.95))));
            t.add(Target.of("7", s + ": p99 within 10 % of baseline", "p99 " + fmt(p99) + "× baseline's (-c" + c + ")", p99 <= 1.10));
        }
        double routeAdded = r.perRound(1, (a, b) -> a - b, "graphql-proxy", "graphql-direct", run -> run.wrk().p50());
        t.add(Target.of("21", "graphql-proxy: adds ≤ 1 ms at p50 to the same call made directly",
                fmt(routeAdded, 3) + " ms (graphql-proxy p50 − graphql-direct p50, one request at a time, per round)",
                routeAdded <= 1));
        double routeRps = r.ratio("graphql-proxy-remote", "graphql-direct-remote", c, run -> run.wrk().rps());
        double sameServerRps = r.ratio("graphql-proxy", "graphql-direct", c, run -> run.wrk().rps());
        t.add(Target.of("21", "graphql-proxy: ≥ 0.9× the direct call's throughput",
                fmt(routeRps) + "× by wrk req/s (-c" + c + ", Kraken " + REMOTE_KRAKEN_MS
                        + " ms away: `graphql-proxy-remote` against `graphql-direct-remote`); with the simulator answering at once"
                        + " in the same server, where the route's own request is most of the work, " + fmt(sameServerRps) + "×",
                routeRps >= 0.9));
        double overhead = exchangeOverhead(r);
        t.add(Target.of("7", "exchange: module overhead ≤ 2 ms p50 on top of Kraken",
                fmt(overhead, 3) + " ms (exchange − Kraken alone − baseline page, one request at a time)", overhead <= 2));
        long burst = (long) r.factNumber("burst_calls");
        t.add(Target.of("7", "exchange: concurrent identical keys make one Kraken call",
                burst + " call(s) for " + r.fact("burst_size") + " simultaneous requests (Kraken answering in " + r.fact("burst_latency_ms")
                        + " ms); " + r.callsPerRequest("exchange", c) + " Kraken calls / requests at -c" + c + ", 0 ms", burst == 1));
        double fvCpu = firstVisitCpuOverFloor(r);
        double fvLatency = r.c1OverFloor("first-visit", "baseline", "sign_us");
        t.add(new Target("7", "first visit within 1.2× one signature",
                "by server CPU (-c" + c + "): " + fmt(fvCpu) + "× (" + fmt(firstVisitCpuAdded(r), 0) + " µs more than the baseline); by latency (-c1 p50): "
                        + fmt(fvLatency) + "× (" + fmt(firstVisitLatencyAdded(r), 0) + " µs more); one ES256 signature with the module's signer: "
                        + fmt(r.floor("sign_us"), 0) + " µs in the same server",
                List.of(new Verdict("by CPU", fvCpu <= 1.2), new Verdict("by latency", fvLatency <= 1.2))));
        for (String s : List.of("first-visit", "guest-unseen")) {
            double cpuTimes = r.ratio(s, "baseline", c, Run::cpuUsPerRequest);
            double rps = r.ratio(s, "baseline", c, run -> run.wrk().rps());
            t.add(Target.of("13", s + ": server CPU per request ≤ 2× the baseline's",
                    fmt(cpuTimes) + "× (" + fmt(r.median(s, c, Run::cpuUsPerRequest), 0) + " µs against "
                            + fmt(r.median("baseline", c, Run::cpuUsPerRequest), 0) + " µs)", cpuTimes <= 2));
            t.add(Target.of("13", s + ": ≥ 0.45× the baseline's throughput",
                    fmt(rps) + "× by wrk req/s (" + fmt(1 / cpuTimes) + "× by server CPU)", rps >= 0.45));
        }
        long reissued = r.runs("guest-unseen", c).mapToLong(run -> Long.parseLong(run.wrk().script().getOrDefault("reissued", "-1"))).sum();
        t.add(Target.of("13", "guest-unseen: every token verified, none replaced",
                reissued + " new guest cookies in " + r.runs("guest-unseen", c).mapToLong(run -> run.wrk().requests()).sum() + " requests, taken in turn from "
                        + r.fact("unseen_tokens") + " guest tokens (the token cache holds " + r.fact("cache_bound") + ")",
                reissued == 0));
        double tail = (r.factNumber("heap_end_kb") - r.factNumber("heap_half_kb")) / 1024;
        double growth = (r.factNumber("heap_end_kb") - r.factNumber("heap_0_kb")) / 1024;
        t.add(Target.of("7", "heap flat after " + r.fact("visitors") + " visitors",
                "+" + fmt(tail, 1) + " MB over the second half (" + r.fact("visits_half") + " → " + r.fact("visits_done") + " visits); +"
                        + fmt(growth, 1) + " MB in all, the bounded token cache filling", tail <= 5));
        long bound = (long) r.factNumber("cache_bound");
        t.add(Target.of("7", "caches bounded by configuration",
                "the module's cache entries (all `ExpiringCache`s, from the class histogram): " + entries(r.start) + " before, "
                        + entries(r.half) + " after " + r.fact("visits_half") + " visits, " + entries(r.end) + " after " + r.fact("visits_done")
                        + "; bound " + bound + " per cache", entries(r.end) <= bound + entries(r.start)));
        long jsessionids = (long) (r.factNumber("jsessionid_run") + r.factNumber("jsessionid_seen"));
        t.add(Target.of("7", "no `JSESSIONID`", jsessionids + " in " + r.fact("visits_done") + " first-visit answers and one answer of every scenario",
                jsessionids == 0));
        return t;
    }

    static List<Target> attackTargets(Results r) {
        List<Target> t = new ArrayList<>();
        long window = (long) r.factNumber("attack_duration") + 2;
        // The exchange bucket: 20 at once, refilled at 20 a minute over the flood's window.
        long allowed = 20 + (20 * window + 59) / 60;
        Attack one = r.attack("one-client");
        Attack many = r.attack("many-clients-kraken-hanging");
        t.add(Target.of("12", "one client, Kraken healthy: Kraken calls ≤ the exchange limit (" + allowed + " over " + window + " s)",
                one.krakenCalls() + " exchanges for " + one.floodRequests() + " flood requests", one.krakenCalls() <= allowed));
        t.add(Target.of("12", "many clients, Kraken hanging: p99 of warm requests ≤ 3× unattacked", fmt(many.p99Ratio()) + "×",
                many.p99Ratio() <= 3));
        t.add(Target.of("12", "many clients, Kraken hanging: calls in flight ≤ the anonymous bulkhead (16)",
                "peak " + many.peakWaitingOnKraken() + " request threads waiting on Kraken", many.peakWaitingOnKraken() <= 16));
        Attack page = r.attack("public-page-kraken-hanging");
        t.add(Target.of("19", "public page flooded, Kraken hanging on it: warm requests ≥ 0.8× unattacked", fmt(page.rpsRatio()) + "×",
                page.rpsRatio() >= 0.8));
        t.add(Target.of("19", "public page flooded, Kraken hanging on it: every refresh of a customer succeeds",
                page.refreshed() + " of " + page.refreshes(), page.refreshes() > 0 && page.refreshed() == page.refreshes()));
        return t;
    }

    private static long entries(Histogram h) {
        return h.instances("dev.portalauth.internal.support.ExpiringCache$Entry");
    }

    static double exchangeOverhead(Results r) {
        Map<Integer, Double> kraken = new HashMap<>();
        Map<Integer, Double> base = new HashMap<>();
        r.runs("kraken-exchange", 1).forEach(run -> kraken.put(run.round(), run.wrk().p50()));
        r.runs("baseline", 1).forEach(run -> base.put(run.round(), run.wrk().p50()));
        return median(r.runs("exchange", 1).filter(run -> kraken.containsKey(run.round()) && base.containsKey(run.round()))
                .mapToDouble(run -> run.wrk().p50() - kraken.get(run.round()) - base.get(run.round())));
    }

    static double firstVisitCpuAdded(Results r) {
        return r.perRound(r.connections, (a, b) -> a - b, "first-visit", "baseline", Run::cpuUsPerRequest);
    }

    static double firstVisitCpuOverFloor(Results r) {
        Map<Integer, Double> floorByRound = new HashMap<>();
        r.floors.forEach(f -> floorByRound.put(f.round(), f.get("sign_us")));
        Map<Integer, Double> base = new HashMap<>();
        r.runs("baseline", r.connections).forEach(run -> base.put(run.round(), run.cpuUsPerRequest()));
        return median(r.runs("first-visit", r.connections).filter(run -> base.containsKey(run.round()) && floorByRound.containsKey(run.round()))
                .mapToDouble(run -> (run.cpuUsPerRequest() - base.get(run.round())) / floorByRound.get(run.round())));
    }

    static double firstVisitLatencyAdded(Results r) {
        return r.perRound(1, (a, b) -> (a - b) * 1000, "first-visit", "baseline", run -> run.wrk().p50());
    }

    // ------------------------------------------------------------------ history: how many runs met each target

    /** Lines of HISTORY: {@code measured_at code target verdict}, tab-separated; code = the tree of src/ measured. */
    static Map<String, int[]> history(Path file, String code, List<Target> now, String measuredAt) throws IOException {
        List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
        if (lines.isEmpty()) {
            lines.add("measured_at\tcode\ttarget\tmet");
        }
        for (Target target : now) {
            for (Verdict v : target.verdicts()) {
                lines.add(String.join("\t", measuredAt, code, key(target, v), v.met() ? "met" : "missed"));
            }
        }
        Files.write(file, lines);
        Map<String, int[]> counts = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length == 4 && f[1].equals(code)) {
                int[] c = counts.computeIfAbsent(f[2], k -> new int[2]);
                c[0] += f[3].equals("met") ? 1 : 0;
                c[1]++;
            }
        }
        return counts;
    }

    private static String key(Target target, Verdict v) {
        return target.name() + (v.measure().isEmpty() ? "" : " / " + v.measure());
    }

    // ------------------------------------------------------------------ the report

    static String report(Results r, Map<String, int[]> history) {
        int c = r.connections;
        String repeats = r.fact("repeats");
        StringBuilder out = new StringBuilder();
        String spread = range(r.runs("baseline", c).mapToDouble(run -> run.wrk().rps()));
        out.append("Measured ").append(r.fact("measured_at")).append(" by `bench/run` in ").append(r.fact("runtime_s"))
                .append(" s (commit `").append(r.fact("commit")).append('`')
                .append(r.fact("src_dirty").equals("1") ? ", with uncommitted changes in src" : "").append(").\n\n");
        out.append("**Machine:** `nproc` ").append(Runtime.getRuntime().availableProcessors()).append(" (").append(cpuModel()).append("), ")
                .append(memory()).append(" RAM; ").append(r.fact("java_version")).append("; Payara Micro ").append(r.fact("payara_version"))
                .append(", server JVM `").append(r.fact("jvm_opts")).append("`; wrk ").append(r.fact("wrk_version"))
                .append(" on loopback, on the same two cores. Load average (1/5/15 min) before the measurements: ").append(r.fact("load_before"))
                .append("; after: ").append(r.fact("load_after")).append(". The machine is shared: the baseline alone ranged over ").append(spread)
                .append(" req/s across rounds, so ratios are taken per round (baseline and scenario seconds apart, same server), then the median of ")
                .append(repeats).append(" rounds, and the server's CPU time per request (from `/proc/<pid>/stat`) is given beside req/s. The resolution of"
                        + " this run shows in `baseline-cookie`, which differs from the baseline only by one cookie the module never reads: it came out at ")
                .append(fmt(r.ratio("baseline-cookie", "baseline", c, run -> run.wrk().rps()))).append("× by req/s and ")
                .append(fmt(r.cpuRatio("baseline-cookie", "baseline"))).append("× by CPU, where the truth is about 1.00.\n\n");

        out.append("### Targets\n\nThe last column counts the runs of `bench/run` over the same code (the tree of `src/`, `")
                .append(r.fact("code")).append("`) that met the target, this one included (`docs/benchmark-runs.tsv`).\n\n");
        targetTable(out, targets(r), history);

        out.append("\n### Throughput and latency (wrk -t").append(r.fact("threads")).append(" -c").append(c).append(" -d").append(r.fact("duration"))
                .append("s, median of ").append(repeats).append(" rounds)\n\n");
        out.append("| scenario | what the request carries | req/s | p50 ms | p99 ms | × baseline req/s | server CPU µs per request | × baseline by CPU | p99 ÷ baseline p99 | Kraken calls / requests |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario s : SCENARIOS) {
            if (s.in(Phase.LOADED)) {
                String n = s.name();
                out.append("| ").append(n).append(" | ").append(s.description()).append(" | ")
                        .append(fmt(r.median(n, c, run -> run.wrk().rps()), 0)).append(" | ")
                        .append(fmt(r.median(n, c, run -> run.wrk().p50()))).append(" | ")
                        .append(fmt(r.median(n, c, run -> run.wrk().p99()))).append(" | ")
                        .append(fmt(r.ratio(n, "baseline", c, run -> run.wrk().rps()))).append(" | ")
                        .append(fmt(r.median(n, c, Run::cpuUsPerRequest), 0)).append(" | ")
                        .append(fmt(r.cpuRatio(n, "baseline"))).append(" | ")
                        .append(fmt(r.ratio(n, "baseline", c, run -> run.wrk().p99()))).append(" | ")
                        .append(s.counter() == null ? "–" : r.callsPerRequest(n, c)).append(" |\n");
            }
        }
        long bad = r.runs.stream().mapToLong(run -> run.wrk().non2xx() + run.wrk().socketErrors()).sum();
        out.append("\nServer CPU includes everything the JVM did meanwhile (GC, JIT, and for exchange and refresh the Kraken simulator,"
                + " which runs in the same server). Non-2xx answers or socket errors over all measured runs: ").append(bad).append(".\n\n");

        out.append("### One request at a time (wrk -t1 -c1 -d").append(r.fact("c1_duration")).append("s, median of ").append(repeats).append(" rounds)\n\n");
        out.append("| scenario (-t1 -c1) | what the request carries | p50 ms | p99 ms | req/s | Kraken calls / requests |\n");
        out.append("|---|---|---:|---:|---:|---:|\n");
        for (Scenario s : SCENARIOS) {
            if (s.in(Phase.SINGLE)) {
                String n = s.name();
                out.append("| ").append(n).append(" | ").append(s.description()).append(" | ")
                        .append(fmt(r.median(n, 1, run -> run.wrk().p50()), 3)).append(" | ")
                        .append(fmt(r.median(n, 1, run -> run.wrk().p99()), 3)).append(" | ")
                        .append(fmt(r.median(n, 1, run -> run.wrk().rps()), 0)).append(" | ")
                        .append(s.counter() == null ? "–" : r.callsPerRequest(n, 1)).append(" |\n");
            }
        }

        out.append("\n### First visit and first verification against the signing floor\n\n");
        out.append("| in each round, right after the one-at-a-time first visits, on a request thread of the same server (bench-only `/bench/floor/es256`) | µs |\n|---|---:|\n");
        out.append("| **the floor:** one ES256 signature of a guest-sized JWT with the module's own signer (EC P-256, BouncyCastle through the signer's JCA context) | ")
                .append(fmt(r.floor("sign_us"), 0)).append(" |\n");
        out.append("| building, signing and serialising the whole guest-sized JWT, same signer | ").append(fmt(r.floor("whole_token_us"), 0)).append(" |\n");
        out.append("| the same signature in the JDK 17 provider (SunEC), for comparison | ").append(fmt(r.floor("jdk_sign_us"), 0)).append(" |\n");
        out.append("| one ES256 verification in BouncyCastle, as the module verifies a token it does not remember | ").append(fmt(r.floor("verify_us"), 0)).append(" |\n");
        out.append("| the same verification in the JDK 17 provider | ").append(fmt(r.floor("jdk_verify_us"), 0)).append(" |\n");
        out.append("| first visit p50 − baseline p50, one request at a time | ").append(fmt(firstVisitLatencyAdded(r), 0)).append(" |\n");
        out.append("| **that ÷ the floor, per round, median (target ≤ 1.2)** | **").append(fmt(r.c1OverFloor("first-visit", "baseline", "sign_us")))
                .append("** ").append(verdict(r.c1OverFloor("first-visit", "baseline", "sign_us") <= 1.2)).append(" |\n");
        out.append("| first visit − baseline in server CPU per request, at ").append(c).append(" connections | ").append(fmt(firstVisitCpuAdded(r), 0)).append(" |\n");
        out.append("| **that ÷ the floor, per round, median (target ≤ 1.2)** | **").append(fmt(firstVisitCpuOverFloor(r))).append("** ")
                .append(verdict(firstVisitCpuOverFloor(r) <= 1.2)).append(" |\n");
        out.append("| guest-unseen − baseline in server CPU per request, at ").append(c).append(" connections | ")
                .append(fmt(r.perRound(c, (a, b) -> a - b, "guest-unseen", "baseline", Run::cpuUsPerRequest), 0)).append(" |\n");
        out.append("| reference: one ES256 signature in a separate JVM after the server stopped (`bench/src/SignFloor.java`), 1 thread: BouncyCastle / JDK | ")
                .append(fmt(separate(r, "sign_only_us_per_op_1thread"), 0)).append(" / ").append(fmt(separate(r, "jdk_sign_only_us_per_op_1thread"), 0)).append(" |\n");
        out.append("| the same, one verification: BouncyCastle / JDK | ").append(fmt(separate(r, "verify_us_per_op_1thread"), 0)).append(" / ")
                .append(fmt(separate(r, "jdk_verify_us_per_op_1thread"), 0)).append(" |\n");
        out.append("\nAt ").append(c).append(" connections the first visit served ").append(fmt(r.median("first-visit", c, run -> run.wrk().rps()), 0))
                .append(" req/s at ").append(fmt(r.median("first-visit", c, Run::cpuUsPerRequest), 0))
                .append(" µs of server CPU each; two threads of that separate JVM doing nothing but ES256 signatures manage ")
                .append(fmt(separate(r, "sign_only_ops_per_s_2threads"), 0)).append("/s in BouncyCastle, ")
                .append(fmt(separate(r, "jdk_sign_only_ops_per_s_2threads"), 0)).append("/s in the JDK provider.\n\n");

        out.append("### Exchange and refresh\n\n");
        double overhead = exchangeOverhead(r);
        out.append("- Exchange p50 (").append(fmt(r.median("exchange", 1, run -> run.wrk().p50()), 3)).append(" ms) − the simulator answering the same call directly (")
                .append(fmt(r.median("kraken-exchange", 1, run -> run.wrk().p50()), 3)).append(" ms) − the baseline page (")
                .append(fmt(r.median("baseline", 1, run -> run.wrk().p50()), 3)).append(" ms), one request at a time, per round, median: **")
                .append(fmt(overhead, 3)).append(" ms** (target ≤ 2 ms: ").append(verdict(overhead <= 2)).append("). Kraken calls / requests: ")
                .append(r.callsPerRequest("exchange", 1)).append(" one at a time; ").append(r.callsPerRequest("exchange", c)).append(" at ").append(c)
                .append(" connections, where requests with the same key in flight together share one call; ").append(r.fact("burst_calls"))
                .append(" call(s) for a burst of ").append(r.fact("burst_size")).append(" simultaneous requests while Kraken took ")
                .append(r.fact("burst_latency_ms")).append(" ms to answer.\n");
        out.append("- Refresh with one shared refresh token: the first request refreshes, and for 60 s the module hands that result to every request"
                + " still carrying the old refresh token (one Kraken call per 60 s: ").append(r.callsPerRequest("refresh", c))
                .append(" Kraken calls / requests). What it measures is the path a browser's burst of parallel requests takes right after its access"
                        + " token expired: the expired token verified again each time (failed verifications are not cached), one lookup, two `Set-Cookie`"
                        + " headers. A real refresh per request is `refresh-distinct` (one request at a time, tokens from ").append(r.fact("pool_total"))
                .append(" logins at the simulator; ").append(r.callsPerRequest("refresh-distinct", 1))
                .append(" Kraken calls / requests; fewer calls than requests means the pool ran out and tokens came back within the 60 s): it costs a"
                        + " Kraken round trip like the exchange.\n\n");

        out.append("### Under attack\n\nEach flood against its own unattacked measurement, on a second portal server (the simulator in a third process):"
                + " warm requests (a valid `accessToken` and its binding, wrk -t1 -c8 -d").append(r.fact("attack_duration"))
                .append("s) alone, then again while a paced flood of random pre-signed keys runs (wrk -t1 -c64, every connection pausing 200 ms"
                        + " between requests: at most 320 requests/s) — from **one** client with Kraken healthy, then from **many** clients (a random"
                        + " IPv6 /64 in `X-Forwarded-For`, the peer a trusted proxy) while the simulator answers only after 3 s, past the portal's 1 s"
                        + " read timeout; then from many clients flooding `/products`, a public page the portal reads from Kraken as the"
                        + " organisation, while the simulator answers its query only after 3 s (public-page-kraken-hanging): the public"
                        + " bulkhead fills, and a real refresh of a customer's session (a refresh token of its own, one every 0.5 s) must"
                        + " succeed throughout. Threads are counted from thread dumps of the portal every 0.5 s.\n\n");
        targetTable(out, attackTargets(r), history);
        out.append("\n| flood | warm req/s alone | warm req/s during the flood | ratio (≥ 0.8) | warm p99 alone / during, ms | p99 ratio | flood requests | Kraken calls of the flood | peak threads waiting on Kraken | peak busy request threads | refreshes succeeded |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Attack a : r.attacks) {
            out.append("| ").append(a.name()).append(" | ").append(fmt(a.alone().rps(), 0)).append(" | ").append(fmt(a.attacked().rps(), 0))
                    .append(" | ").append(fmt(a.rpsRatio())).append(' ').append(verdict(a.rpsRatio() >= 0.8)).append(" | ")
                    .append(fmt(a.alone().p99())).append(" / ").append(fmt(a.attacked().p99())).append(" | ").append(fmt(a.p99Ratio()))
                    .append(" | ").append(a.floodRequests()).append(" | ").append(a.krakenCalls()).append(" | ").append(a.peakWaitingOnKraken())
                    .append(" | ").append(a.peakBusy()).append(" | ")
                    .append(a.refreshes() == 0 ? "—" : a.refreshed() + " / " + a.refreshes()).append(" |\n");
        }

        out.append("\n### Heap, deployment\n\n");
        out.append("- Heap used after a forced full GC (`jcmd GC.run`, `GC.heap_info`): ").append(fmt(r.factNumber("heap_0_kb") / 1024, 1))
                .append(" MB before, ").append(fmt(r.factNumber("heap_half_kb") / 1024, 1)).append(" MB after ").append(r.fact("visits_half"))
                .append(" distinct first visits, ").append(fmt(r.factNumber("heap_end_kb") / 1024, 1)).append(" MB after ").append(r.fact("visits_done"))
                .append(" (").append(r.fact("issued_done")).append(" guest tokens issued, non-200: ").append(r.fact("non200_done"))
                .append("). The module's share of it is the cache of verified tokens filling to its bound (`kraken.auth.token-cache.max-entries`,"
                        + " default 10 000: the module keeps each token it signs, so the visitor's next request needs no verification): ")
                .append(entries(r.start)).append(" → ").append(entries(r.half)).append(" → ").append(entries(r.end))
                .append(" cache entries. What grew most over the second half, by the class histograms (`target/bench/histogram-*.txt`): ")
                .append(Optional.of(r.end.growersSince(r.half)).filter(Predicate.not(String::isEmpty)).orElse("nothing")).append(".\n");
        out.append("- Deployment: the WAR deployed in ").append(r.fact("deploy_ms")).append(" ms (Payara's \"successfully deployed in\"); Payara Micro ready in ")
                .append(r.fact("ready_ms")).append(" ms; first answer ").append(r.fact("startup_wall_s")).append(" s after launch.\n");
        return out.toString();
    }

    private static void targetTable(StringBuilder out, List<Target> targets, Map<String, int[]> history) {
        out.append("| target (issue) | measured | verdict | runs that met it |\n|---|---|---|---|\n");
        for (Target t : targets) {
            String verdicts = t.verdicts().stream().map(v -> (v.measure().isEmpty() ? "" : v.measure() + " ") + verdict(v.met()))
                    .collect(Collectors.joining("; "));
            String runs = t.verdicts().stream().map(v -> {
                int[] c = history.getOrDefault(key(t, v), new int[2]);
                return (v.measure().isEmpty() ? "" : v.measure() + " ") + c[0] + " of " + c[1];
            }).collect(Collectors.joining("; "));
            out.append("| ").append(t.name()).append(" (").append(t.issue()).append(") | ").append(t.measured()).append(" | ").append(verdicts)
                    .append(" | ").append(runs).append(" |\n");
        }
    }

    private static double separate(Results r, String key) {
        String v = r.separateFloor.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    // ------------------------------------------------------------------ helpers

    static double median(java.util.stream.DoubleStream values) {
        double[] v = values.filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String range(java.util.stream.DoubleStream values) {
        double[] v = values.sorted().toArray();
        return v.length == 0 ? "–" : fmt(v[0], 0) + "–" + fmt(v[v.length - 1], 0);
    }

    static String fmt(double v) {
        return fmt(v, 2);
    }

    static String fmt(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    static Map<String, String> keyValues(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        // Values run to the next " key=" so that a value may hold spaces (load averages, JVM flags).
        Matcher m = Pattern.compile("([a-z_0-9]+)=(.*?)(?= [a-z_0-9]+=|$)").matcher(line.trim());
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String cpuModel() {
        return lines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    }

    private static String memory() {
        return lines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> fmt(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0, 0) + " GiB").orElse("? GiB");
    }

    /** Writes {@code report} between the bench markers of {@code doc} (creating the page when it has none). */
    static void writeInto(Path doc, String report) throws IOException {
        String begin = "<!-- bench:begin -->";
        String end = "<!-- bench:end -->";
        String page = Files.exists(doc) ? Files.readString(doc) : "";
        int b = page.indexOf(begin);
        int e = page.indexOf(end);
        if (b < 0 || e < b) {
            page = "# Benchmarks\n\n" + begin + "\n" + end + "\n";
            b = page.indexOf(begin);
            e = page.indexOf(end);
        }
        Files.createDirectories(doc.toAbsolutePath().getParent());
        Files.writeString(doc, page.substring(0, b + begin.length()) + "\n" + report + page.substring(e));
    }

    public static void main(String[] args) throws IOException {
        switch (args.length == 0 ? "" : args[0]) {
            case "scenarios" -> SCENARIOS.forEach(s -> System.out.println(s.row()));
            case "report" -> {
                Results results = new Results(Path.of(args[1]));
                List<Target> all = new ArrayList<>(targets(results));
                all.addAll(attackTargets(results));
                String measuredAt = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
                results.facts.put("measured_at", measuredAt);
                Map<String, int[]> history = history(Path.of(args[3]), results.fact("code"), all, measuredAt);
                String report = report(results, history);
                System.out.println(report);
                writeInto(Path.of(args[2]), report);
            }
            default -> {
                System.err.println("usage: BenchReport scenarios | report OUT_DIR DOC HISTORY");
                System.exit(2);
            }
        }
    }
}
