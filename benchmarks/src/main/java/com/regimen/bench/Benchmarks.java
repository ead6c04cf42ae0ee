package com.regimen.bench;

import com.regimen.core.database.EmbeddedMariaDb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code java -jar benchmarks/target/regimen-benchmarks.jar all} runs every benchmark against the
 * built server jar and appends the results to docs/benchmarks.md; {@code seed-data} only fills a
 * database. Run from the repository root. Options are listed in docs/benchmarks.md.
 */
public final class Benchmarks {
    private final Map<String, String> options;
    private final Report report = new Report();
    private String jvmSettings = "default JVM settings";

    private Benchmarks(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("all", "seed-data").contains(args[0])) {
            System.err.println("usage: all [--sizes 10000,100000,1000000] [--tenants 50] [--clients 1,8,32,64] "
                    + "[--only startup,availability,booking,tenants,reports,cluster] [--tenant-clients 32,64] "
                    + "[--cluster-clients 8,32] "
                    + "[--seconds 10] [--out docs/benchmarks.md]\n"
                    + "       seed-data --api http://127.0.0.1:8080/v1 --db-url jdbc:mysql://... [--db-user root] "
                    + "[--db-password ''] --tenants 50 --appointments 1000000");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Benchmarks benchmarks = new Benchmarks(options);
        if (args[0].equals("seed-data")) {
            benchmarks.seedOnly();
        } else {
            benchmarks.all();
        }
        System.exit(0);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private List<Long> longs(String name, String fallback) {
        return Arrays.stream(option(name, fallback).split(",")).map(String::trim).map(Long::parseLong).toList();
    }

    /** Fills an existing database through an existing server: a template clinic, its copies, history. */
    private void seedOnly() throws Exception {
        RegimenHttp api = new RegimenHttp(option("api", "http://127.0.0.1:8080/v1"));
        try (Connection connection = DriverManager.getConnection(
                com.regimen.core.database.JdbcUrls.withRequiredOptions(options.get("db-url")),
                option("db-user", "root"), option("db-password", ""))) {
            BenchClinic clinic = BenchClinic.open(api, 200);
            SeedData seed = new SeedData(clinic, pluginVersion(api, clinic), LocalDate.now(clinic.zone()));
            seed.addTenants(connection, Integer.parseInt(option("tenants", "50")) - 1);
            long total = seed.growTo(connection, Long.parseLong(option("appointments", "1000000")));
            System.out.println("Seeded " + seed.tenants().size() + " tenants and " + total + " appointments; the "
                    + "template clinic is tenant " + clinic.tenantId() + " (API key " + clinic.apiKey().substring(0, 8)
                    + "…, location " + clinic.locationId() + ").");
        }
    }

    private void all() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve(option("server-jar", "web-api/target/regimen.jar"));
        Path config = root.resolve(option("config", "config.yml"));
        Path work = root.resolve(option("work", "benchmarks/target/bench"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the server first: mvn -B -ntp -q package -DskipTests (" + jar + ")");
        }
        delete(work);
        Files.createDirectories(work);
        Duration seconds = Duration.ofSeconds(Long.parseLong(option("seconds", "10")));
        List<Long> sizes = longs("sizes", "10000,100000,1000000");
        List<Long> clientCounts = longs("clients", "1,8,32,64");
        int tenants = Integer.parseInt(option("tenants", "50"));
        Set<String> only = Set.of(option("only", "startup,availability,booking").split(","));
        List<String> serverJvm = options.containsKey("server-jvm") ? List.of(option("server-jvm", "").split(" "))
                : List.of();
        List<String> dbArgs = options.containsKey("db-args") ? List.of(option("db-args", "").split(" ")) : List.of();
        if (!serverJvm.isEmpty()) {
            jvmSettings = "server JVM options " + String.join(" ", serverJvm);
        }
        report.heading("## Run of " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE) + " ("
                + git("describe", "--always", "--dirty") + ")" + (serverJvm.isEmpty() ? ""
                : ", server JVM options `" + String.join(" ", serverJvm) + "`")
                + (only.size() < 3 ? ", only " + String.join(" and ", new java.util.TreeSet<>(only)) : ""));
        if (only.contains("startup")) {
            startup(jar, config, work, serverJvm);
        }

        if (Set.of("availability", "reports", "booking", "tenants").stream().anyMatch(only::contains)) {
            embedded(work, jar, config, serverJvm, dbArgs, only, sizes, clientCounts, tenants, seconds);
        }
        if (only.contains("cluster")) {
            cluster(root, jar, config, work, serverJvm, longs("cluster-clients", "8,32"), seconds);
        }
        Path out = root.resolve(option("out", "docs/benchmarks.md"));
        report.appendTo(out);
        System.out.println("\nAppended to " + out);
    }

    /** Everything measured on the embedded database: availability, reports, booking, many tenants. */
    private void embedded(Path work, Path jar, Path config, List<String> serverJvm, List<String> dbArgs,
                          Set<String> only, List<Long> sizes, List<Long> clientCounts, int tenants, Duration seconds)
            throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("db/mariadb"), false, dbArgs)) {
            db.createDatabaseIfMissing("regimen_bench");
            String url = db.jdbcUrl("regimen_bench");
            Map<String, String> env = Map.of("DB_URL", url, "DB_USER", db.user(), "DB_PASSWORD", db.password(),
                    "DEMO_DATA", "false");
            try (ServerProcess server = ServerProcess.start(jar, config, env, serverJvm, work.resolve("server.log"));
                 Connection connection = DriverManager.getConnection(url, db.user(), db.password())) {
                machine(connection, dbArgs);
                RegimenHttp api = new RegimenHttp(server.apiBase());
                BenchClinic clinic = BenchClinic.open(api, 200);
                String pluginVersion = pluginVersion(api, clinic);
                LocalDate today = LocalDate.now(clinic.zone());
                SeedData seed = new SeedData(clinic, pluginVersion, today);
                seed.addTenants(connection, tenants - 1);
                LocalDate window = today.plusDays(30);
                int inWindow = seed.fillWindow(connection, window, AvailabilityBench.DAYS);
                if (only.contains("availability")) {
                    availability(connection, api, clinic, seed, window, inWindow, sizes, seconds);
                }
                if (only.contains("reports")) {
                    reports(connection, api, clinic, seed, today, sizes.get(sizes.size() - 1), seconds);
                }
                if (only.contains("booking")) {
                    booking(server, connection, api, clinic, pluginVersion, db, today.plusDays(120), clientCounts,
                            seconds);
                }
                if (only.contains("tenants")) {
                    manyTenants(server, connection, api, clinic, seed, pluginVersion, db, today.plusDays(400),
                            longs("tenant-clients", "32,64"), seconds);
                }
            }
        }
    }

    private void machine(Connection connection, List<String> dbArgs) throws Exception {
        String cpu = "unknown CPU";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).trim();
                break;
            }
        }
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
        String mariadb;
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT VERSION()")) {
            rs.next();
            mariadb = rs.getString(1);
        }
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Long.parseLong(memory) / 1024 / 1024 + " GiB; Java " + System.getProperty("java.runtime.version")
                + "; MariaDB " + mariadb + " (embedded, " + (dbArgs.isEmpty() ? "default settings" : "with "
                + String.join(" ", dbArgs)) + "); server and load generator on the same "
                + "machine, sharing its cores with the database.");
    }

    /** Cold start once (new data directory: unpack, initialise, migrate, demo data), then warm starts. */
    private void startup(Path jar, Path config, Path work, List<String> serverJvm) throws Exception {
        Map<String, String> env = Map.of("EMBEDDED_DB_DIR", work.resolve("startup/mariadb").toString());
        List<List<String>> rows = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            try (ServerProcess server = ServerProcess.start(jar, config, env, serverJvm,
                    work.resolve("startup.log"))) {
                rows.add(List.of(i == 0 ? "cold (new data directory)" : "warm " + i,
                        String.valueOf(server.startupMillis()), Report.number(server.residentMib())));
                if (i > 0) {
                    warm.add(server.startupMillis());
                }
            }
        }
        report.heading("### Start-up to healthy (embedded database, " + jvmSettings + ")");
        report.table(List.of("start", "ms to healthy", "RSS MiB when healthy"), rows);
        warm.sort(null);
        report.line("Median warm start: **" + warm.get(warm.size() / 2) + " ms** (target: under 5,000 ms).");
    }

    private void availability(Connection connection, RegimenHttp api, BenchClinic clinic, SeedData seed,
                              LocalDate window, int inWindow, List<Long> sizes, Duration seconds) throws Exception {
        AvailabilityBench bench = new AvailabilityBench(clinic, api, window);
        List<AvailabilityBench.Row> results = new ArrayList<>();
        for (long size : sizes) {
            long stored = seed.growTo(connection, size);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE appointments");
            }
            for (AvailabilityBench.Form form : AvailabilityBench.Form.values()) {
                results.add(bench.run(form, stored, Duration.ofSeconds(10), seconds));
            }
        }
        report.heading("### Availability search, 14 days, one location with 20 practitioners and 10 rooms");
        report.line(seed.tenants().size() + " tenants, each a copy of the benchmark clinic; appointments spread "
                + "over five years of each tenant's calendar; the searched window holds " + inWindow
                + " booked sessions at every size. One client, " + seconds.toSeconds() + " s per size after 10 s of "
                + "warm-up.");
        report.line("");
        List<List<String>> rows = new ArrayList<>();
        for (AvailabilityBench.Row row : results) {
            Latencies l = row.result().latencies();
            rows.add(List.of(String.format(java.util.Locale.ROOT, "%,d", row.storedAppointments()),
                    row.form().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    String.valueOf(row.slotsFound()), String.valueOf(l.count()), Report.ms(l.p50()),
                    Report.ms(l.p95()), Report.ms(l.p99()), String.valueOf(row.result().errors())));
        }
        report.table(List.of("stored appointments", "form", "slots found", "searches", "p50 ms", "p95 ms", "p99 ms",
                "errors"), rows);
        for (AvailabilityBench.Form form : AvailabilityBench.Form.values()) {
            List<AvailabilityBench.Row> ofForm = results.stream().filter(r -> r.form() == form).toList();
            Latencies first = ofForm.get(0).result().latencies();
            Latencies last = ofForm.get(ofForm.size() - 1).result().latencies();
            report.line(form.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": p95 at the largest "
                    + "size is " + Report.ratio(last.p95() / first.p95()) + " of the smallest (goal: within 150%); "
                    + "target p95 under 25 ms.");
        }
        report.line("");
        report.line("The plans it relies on, at the largest size:");
        report.line("");
        List<List<String>> plans = bench.queryPlans(connection);
        report.table(plans.get(0), plans.subList(1, plans.size()));
    }

    /** The back office's reports at the largest size, over the benchmark location's last 30 and 365 days. */
    private void reports(Connection connection, RegimenHttp api, BenchClinic clinic, SeedData seed, LocalDate today,
                         long size, Duration seconds) throws Exception {
        long stored = seed.growTo(connection, size);
        ReportsBench bench = new ReportsBench(clinic, api, today.minusDays(1));
        int invoices = bench.invoiceHistory(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE appointments, tax_documents");
        }
        List<ReportsBench.Row> results = bench.run(Duration.ofSeconds(3), seconds);
        report.heading("### Back-office reports, one location, " + String.format(java.util.Locale.ROOT, "%,d", stored)
                + " stored appointments");
        report.line(seed.tenants().size() + " tenants; the benchmark tenant's completed appointments each given "
                + "their invoice (" + invoices + "). One client, " + seconds.toSeconds() + " s per row after 3 s of "
                + "warm-up.");
        report.line("");
        List<List<String>> rows = new ArrayList<>();
        for (ReportsBench.Row row : results) {
            Latencies l = row.result().latencies();
            rows.add(List.of(row.report(), String.valueOf(row.days()), String.valueOf(l.count()), Report.ms(l.p50()),
                    Report.ms(l.p95()), Report.ms(l.p99()), String.valueOf(row.result().errors())));
        }
        report.table(List.of("report", "days", "requests", "p50 ms", "p95 ms", "p99 ms", "errors"), rows);
        report.line("The plans of their main reads over the year:");
        report.line("");
        List<List<String>> plans = bench.queryPlans(connection);
        report.table(plans.get(0), plans.subList(1, plans.size()));
    }

    private void booking(ServerProcess server, Connection connection, RegimenHttp api, BenchClinic clinic,
                         String pluginVersion, EmbeddedMariaDb db, LocalDate firstDay, List<Long> clientCounts,
                         Duration seconds) throws Exception {
        BookingBench bench = new BookingBench(clinic, api, new JdbcBooking(clinic, pluginVersion),
                db.jdbcUrl("regimen_bench"), db.user(), db.password(), firstDay);
        AtomicReference<Double> maxRss = new AtomicReference<>(0.0);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> maxRss.accumulateAndGet(server.residentMib(), Math::max), 0, 250,
                TimeUnit.MILLISECONDS);
        // Warm-up, not reported: the server's JIT (C2 still compiles for half a minute on two cores),
        // its pools, and the database's buffer pool.
        bench.run(BookingBench.Shape.SPREAD, BookingBench.Path.HTTP, 8, Duration.ofSeconds(30), connection);
        bench.run(BookingBench.Shape.SPREAD, BookingBench.Path.JDBC, 8, Duration.ofSeconds(3), connection);
        List<BookingBench.Row> rows = new ArrayList<>();
        for (BookingBench.Shape shape : BookingBench.Shape.values()) {
            for (long clients : clientCounts) {
                rows.add(bench.run(shape, BookingBench.Path.JDBC, (int) clients, seconds, connection));
                rows.add(bench.run(shape, BookingBench.Path.HTTP, (int) clients, seconds, connection));
            }
        }
        sampler.shutdownNow();
        long doubles = DoubleBookings.count(connection, clinic.tenantId());
        report.heading("### Booking throughput: HTTP against the server, and the same transaction over raw JDBC");
        report.line("Closed loop: each client books again as soon as it has its answer, " + seconds.toSeconds()
                + " s per row. *spread*: every attempt asks for a different free slot (a named practitioner and room); "
                + "*contended*: all clients race for one slot at a time, one wins and the rest get 409 SLOT_TAKEN. "
                + "HTTP requests carry an Idempotency-Key, as the front desk's do. The JDBC baseline runs the "
                + "booking transaction alone (same isolation, locks, checks, stock hold and rows) with one "
                + "connection per client; the server's pool holds 32.");
        report.line("");
        List<List<String>> table = new ArrayList<>();
        Map<String, Double> baseline = new HashMap<>();
        for (BookingBench.Row row : rows) {
            LoadRun.Result r = row.result();
            String key = row.shape() + "/" + r.clients();
            if (row.path() == BookingBench.Path.JDBC) {
                baseline.put(key, r.attemptsPerSecond());
            }
            Latencies l = r.latencies();
            table.add(List.of(row.shape().name().toLowerCase(), String.valueOf(r.clients()),
                    row.path().name(), Report.number(r.donePerSecond()), Report.number(r.attemptsPerSecond()),
                    row.path() == BookingBench.Path.HTTP
                            ? Report.ratio(r.attemptsPerSecond() / baseline.get(key)) : "baseline",
                    Report.ms(l.p50()), Report.ms(l.p95()), Report.ms(l.p99()),
                    String.format(java.util.Locale.ROOT, "%.1f", row.statementsPerAttempt()),
                    String.format(java.util.Locale.ROOT, "%.1f", row.commitsPerAttempt()),
                    String.format(java.util.Locale.ROOT, "%.1f", row.fsyncsPerAttempt()), String.valueOf(r.refused()),
                    r.errors() + (r.firstError() == null ? "" : " (" + r.firstError() + ")")));
        }
        report.table(List.of("shape", "clients", "path", "booked/s", "attempts/s", "of baseline", "p50 ms", "p95 ms",
                "p99 ms", "statements/attempt", "commits/attempt", "fsyncs/attempt", "refused", "errors"), table);
        report.line("Double bookings after all rows (overlapping active appointments on one practitioner or room): **"
                + doubles + "**.");
        report.line("Server resident memory under this load: at most **" + Report.number(maxRss.get())
                + " MiB** (" + jvmSettings + "; target under 400 MiB).");
    }

    /**
     * Booking on Debian's MariaDB twice, under equal conditions: its node 1 alone without Galera, then
     * the three-node Galera cluster of {@code scripts/galera-cluster} with the same binary and
     * settings. One server process each time, given every node (it writes through the first); the
     * JDBC baseline runs on node 1.
     */
    private void cluster(Path root, Path jar, Path config, Path work, List<String> serverJvm, List<Long> clientCounts,
                         Duration seconds) throws Exception {
        Path script = root.resolve("scripts/galera-cluster");
        List<List<String>> table = new ArrayList<>();
        Map<String, Double> oneServer = new HashMap<>();
        String version = "";
        long doubles = 0;
        for (boolean clustered : List.of(false, true)) {
            String label = clustered ? "3-node cluster" : "one server";
            try (ScriptedMariaDb db = clustered ? ScriptedMariaDb.cluster(script, work.resolve("galera"), 24600)
                    : ScriptedMariaDb.single(script, work.resolve("single"), 24700)) {
                db.createDatabase("regimen_bench");
                Map<String, String> env = Map.of("DB_URL", db.serverUrl("regimen_bench"), "DB_USER", db.user(),
                        "DB_PASSWORD", db.password(), "DEMO_DATA", "false");
                try (ServerProcess server = ServerProcess.start(jar, config, env, serverJvm,
                        work.resolve(clustered ? "server-cluster.log" : "server-single.log"));
                     Connection connection = DriverManager.getConnection(db.firstNodeUrl("regimen_bench"),
                             db.user(), db.password())) {
                    try (Statement statement = connection.createStatement();
                         var rs = statement.executeQuery("SELECT VERSION()")) {
                        rs.next();
                        version = rs.getString(1);
                    }
                    RegimenHttp api = new RegimenHttp(server.apiBase());
                    BenchClinic clinic = BenchClinic.open(api, 200);
                    String pluginVersion = pluginVersion(api, clinic);
                    BookingBench bench = new BookingBench(clinic, api, new JdbcBooking(clinic, pluginVersion),
                            db.firstNodeUrl("regimen_bench"), db.user(), db.password(),
                            LocalDate.now(clinic.zone()).plusDays(120));
                    bench.run(BookingBench.Shape.SPREAD, BookingBench.Path.HTTP, 8, Duration.ofSeconds(30), connection);
                    bench.run(BookingBench.Shape.SPREAD, BookingBench.Path.JDBC, 8, Duration.ofSeconds(3), connection);
                    for (BookingBench.Shape shape : BookingBench.Shape.values()) {
                        for (long clients : clientCounts) {
                            BookingBench.Row jdbc = bench.run(shape, BookingBench.Path.JDBC, (int) clients, seconds,
                                    connection);
                            BookingBench.Row http = bench.run(shape, BookingBench.Path.HTTP, (int) clients, seconds,
                                    connection);
                            for (BookingBench.Row row : List.of(jdbc, http)) {
                                LoadRun.Result r = row.result();
                                String key = shape + "/" + clients + "/" + row.path();
                                if (!clustered) {
                                    oneServer.put(key, r.donePerSecond());
                                }
                                Latencies l = r.latencies();
                                table.add(List.of(label, shape.name().toLowerCase(java.util.Locale.ROOT),
                                        String.valueOf(clients), row.path().name(), Report.number(r.donePerSecond()),
                                        row.path() == BookingBench.Path.HTTP ? Report.ratio(
                                                r.attemptsPerSecond() / jdbc.result().attemptsPerSecond()) : "baseline",
                                        !clustered ? "100%" : oneServer.get(key) > 0
                                                ? Report.ratio(r.donePerSecond() / oneServer.get(key)) : "n/a",
                                        Report.ms(l.p50()), Report.ms(l.p95()), Report.ms(l.p99()),
                                        String.format(java.util.Locale.ROOT, "%.1f", row.commitsPerAttempt()),
                                        String.valueOf(r.refused()),
                                        r.errors() + (r.firstError() == null ? "" : " (" + r.firstError() + ")")));
                            }
                        }
                    }
                    doubles += DoubleBookings.count(connection, clinic.tenantId());
                }
            }
        }
        report.heading("### Booking on one database server and on a three-node Galera cluster");
        report.line("Debian's MariaDB " + version + ", run by `scripts/galera-cluster`: first `single` (node 1 alone, "
                + "Galera off), then `start` (three nodes, every write certified and applied on all three before "
                + "its commit returns), the same binary and my.cnf both times (48 MB buffer pool, "
                + "innodb_flush_log_at_trx_commit=2, wsrep_sync_wait=1 on the cluster). One Regimen server each time, "
                + "given every node (it writes through node 1 and fails over to the next); the JDBC baseline runs on "
                + "node 1. Every node, the server and the load generator share this machine's "
                + Runtime.getRuntime().availableProcessors() + " cores: the cluster's two extra nodes take CPU from the "
                + "rest, as they would not on machines of their own. " + seconds.toSeconds() + " s per row after 30 s "
                + "of warm-up.");
        report.line("");
        report.table(List.of("database", "shape", "clients", "path", "booked/s", "of JDBC on it", "of one server",
                "p50 ms", "p95 ms", "p99 ms", "commits/attempt", "refused", "errors"), table);
        report.line("Double bookings after all rows, on both: **" + doubles + "**.");
    }

    /** Spread booking over every tenant at once, HTTP beside JDBC, with the server's resident memory. */
    private void manyTenants(ServerProcess server, Connection connection, RegimenHttp api, BenchClinic clinic,
                             SeedData seed, String pluginVersion, EmbeddedMariaDb db, LocalDate firstDay,
                             List<Long> clientCounts, Duration seconds) throws Exception {
        List<BenchClinic> clinics = ManyTenantsBench.copies(connection, clinic, seed.tenants());
        ManyTenantsBench bench = new ManyTenantsBench(clinics, pluginVersion, api, db.jdbcUrl("regimen_bench"),
                db.user(), db.password(), firstDay);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        AtomicReference<Double> maxRss = new AtomicReference<>(0.0);
        sampler.scheduleAtFixedRate(() -> maxRss.accumulateAndGet(server.residentMib(), Math::max), 0, 250,
                TimeUnit.MILLISECONDS);
        bench.run(BookingBench.Path.HTTP, 8, Duration.ofSeconds(15), connection);
        List<BookingBench.Row> rows = new ArrayList<>();
        for (long clients : clientCounts) {
            rows.add(bench.run(BookingBench.Path.JDBC, (int) clients, seconds, connection));
            rows.add(bench.run(BookingBench.Path.HTTP, (int) clients, seconds, connection));
        }
        sampler.shutdownNow();
        long doubles = 0;
        for (String tenant : seed.tenants()) {
            doubles += DoubleBookings.count(connection, tenant);
        }
        report.heading("### Many tenants: spread booking across " + clinics.size() + " tenants at once");
        report.line("Each attempt books the next tenant in turn, at that tenant's own location with its own "
                + "practitioners, rooms and stock lots (no row shared between tenants), a named practitioner and "
                + "room, " + seconds.toSeconds() + " s per row after 15 s of warm-up. The JDBC baseline runs the "
                + "same mix.");
        report.line("");
        List<List<String>> table = new ArrayList<>();
        double baseline = 0;
        for (BookingBench.Row row : rows) {
            LoadRun.Result r = row.result();
            if (row.path() == BookingBench.Path.JDBC) {
                baseline = r.attemptsPerSecond();
            }
            Latencies l = r.latencies();
            table.add(List.of(String.valueOf(r.clients()), row.path().name(), Report.number(r.donePerSecond()),
                    row.path() == BookingBench.Path.HTTP ? Report.ratio(r.attemptsPerSecond() / baseline) : "baseline",
                    Report.ms(l.p50()), Report.ms(l.p95()), Report.ms(l.p99()),
                    String.format(java.util.Locale.ROOT, "%.1f", row.statementsPerAttempt()),
                    String.format(java.util.Locale.ROOT, "%.1f", row.commitsPerAttempt()),
                    r.errors() + (r.firstError() == null ? "" : " (" + r.firstError() + ")")));
        }
        report.table(List.of("clients", "path", "booked/s", "of baseline", "p50 ms", "p95 ms", "p99 ms",
                "statements/attempt", "commits/attempt", "errors"), table);
        report.line("Double bookings in any tenant after all rows: **" + doubles + "**. Server resident memory under "
                + "this load: at most **" + Report.number(maxRss.get()) + " MiB** (" + jvmSettings
                + "; target under 400 MiB). Target: HTTP at least 50% of the baseline, p99 under 50 ms at 32 clients.");
    }

    private static String pluginVersion(RegimenHttp api, BenchClinic clinic) throws Exception {
        for (var treatment : api.get("/treatments", clinic.apiKey()).expect(200, "treatments").body().path("data")) {
            if (BenchClinic.TREATMENT.equals(treatment.path("id").asText())) {
                return treatment.path("version").asText();
            }
        }
        throw new IllegalStateException("PRP is not on the menu");
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? out : "unknown commit";
        } catch (IOException | InterruptedException e) {
            return "unknown commit";
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
