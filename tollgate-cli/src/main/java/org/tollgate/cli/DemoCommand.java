package org.tollgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.tollgate.app.TollgateApplication;
import org.tollgate.app.auth.ApiKeyService;
import org.tollgate.app.auth.NewApiKey;
import org.tollgate.app.auth.Role;
import org.tollgate.app.bootstrap.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate demo}: the service on a throw-away embedded database with real lists, a provider and a reseller,
 * users, an API key and a dozen sample customers, onboarded through the HTTP API on loopback.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start a demo Tollgate on 127.0.0.1: a fresh embedded database (unless --keep), real lists,",
            "a provider and a reseller tenant, users, an API key and a dozen sample customers.",
            "Lists come from ../shared/data when that folder exists, else from the official URLs.",
            "TOLLGATE_DEMO_API_KEY (or --api-key) fixes the integration key."
        })
final class DemoCommand implements Callable<Integer> {
    /** The environment variable that fixes the demo's integration key. */
    static final String KEY_VARIABLE = "TOLLGATE_DEMO_API_KEY";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port = 8080;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "demo data directory (default: ~/.tollgate/demo)")
    Path dataDir = Path.of(System.getProperty("user.home"), ".tollgate", "demo");

    @Option(names = "--keep", description = "keep the database of an earlier demo run instead of starting afresh")
    boolean keep;

    @Option(
            names = "--lists-dir",
            paramLabel = "DIR",
            description = "folder of the shared list files (default: ../shared/data when it exists)")
    Path listsDir;

    @Option(
            names = "--lists",
            paramLabel = "FORMAT=PATH[,...]",
            description = "exactly these list files instead of the defaults from the lists folder")
    String lists;

    @Option(
            names = "--api-key",
            paramLabel = "KEY",
            description = "the integration API key to register (tg_ + 43 URL-safe base64 characters); wins over $"
                    + KEY_VARIABLE)
    String apiKey;

    @Option(names = "--exit-after-setup", description = "stop once the demo is set up and printed (for scripts, tests)")
    boolean exitAfterSetup;

    /** Runs with the base URL and the setup while the service is up (tests look at it before it stops). */
    java.util.function.BiConsumer<String, DemoSetup> afterSetup = (base, setup) -> {};

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("tollgate: --port must be between 0 and 65535");
            return TollgateCommand.EXIT_USAGE;
        }
        String fixedKey = apiKey != null ? apiKey : System.getenv(KEY_VARIABLE);
        if (fixedKey != null && fixedKey.isBlank()) {
            fixedKey = null;
        }
        if (fixedKey != null && !ApiKeyService.isWellFormed(fixedKey)) {
            err.println("tollgate: " + (apiKey != null ? "--api-key" : KEY_VARIABLE)
                    + " must be tg_ followed by 43 URL-safe base64 characters (a Tollgate API key)");
            return TollgateCommand.EXIT_USAGE;
        }
        String listSpec = lists != null ? lists : defaultLists();
        Path pgdata = dataDir.resolve("pgdata");
        Path snapshots = dataDir.resolve("snapshots");
        if (!keep) {
            // only the two folders the demo owns: --data-dir may point anywhere
            deleteTree(pgdata);
            deleteTree(snapshots);
        }
        Files.createDirectories(dataDir);

        long started = System.nanoTime();
        out.println("Starting the Tollgate demo on " + dataDir + (keep ? " (kept)" : " (fresh)") + "; lists: "
                + (listSpec.isEmpty() ? "official URLs" : listSpec));
        out.flush();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--tollgate.db.url=",
                "--tollgate.db.data-dir=" + pgdata,
                "--tollgate.lists.store=" + snapshots,
                "--tollgate.lists.local=" + listSpec,
                "--tollgate.lists.fetch=" + listSpec.isEmpty()));
        ConfigurableApplicationContext ctx;
        try {
            SpringApplication app = new SpringApplication(TollgateApplication.class);
            app.setLogStartupInfo(false);
            app.setDefaultProperties(Map.of("logging.level.org.tollgate", "WARN", "logging.level.root", "WARN"));
            ctx = app.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring Boot has already logged why the service could not start
            return TollgateCommand.EXIT_FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (ctx) {
            ctx.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> stopped.countDown());
            int actualPort = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port", "" + port));
            String base = "http://127.0.0.1:" + actualPort;
            DemoSetup setup;
            try {
                setup = DemoSetup.run(ctx, base, fixedKey);
            } catch (IllegalStateException e) {
                out.println("This demo database is already set up (--keep): the credentials and keys printed by its"
                        + " first run still work.");
                printUrls(out, base);
                return serve(out, stopped);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("%nTollgate demo ready in %.1f s.%n", seconds);
            printUrls(out, base);
            setup.print(out, base);
            afterSetup.accept(base, setup);
            return serve(out, stopped);
        }
    }

    private int serve(PrintWriter out, CountDownLatch stopped) throws InterruptedException {
        if (exitAfterSetup) {
            out.flush();
            return 0;
        }
        out.println();
        out.println("Serving until Ctrl-C.");
        out.flush();
        stopped.await();
        return 0;
    }

    private static void printUrls(PrintWriter out, String base) {
        out.println();
        out.println("Console:    " + base + "/console   (sign in as admin or analyst: the passwords are under Users)");
        out.println("Swagger UI: " + base + "/swagger-ui.html");
        out.println("OpenAPI:    " + base + "/api/openapi.json");
    }

    /** The shared list files the demo loads, or empty to fetch the official lists. */
    private String defaultLists() {
        Path dir = listsDir != null ? listsDir : Path.of("..", "shared", "data");
        if (!Files.isDirectory(dir)) {
            return "";
        }
        List<String> specs = new ArrayList<>();
        addIfPresent(specs, "ofac-csv", dir.resolve("ofac_sdn_2024-05-03"));
        addIfPresent(specs, "ofac-cons-csv", dir.resolve("ofac_consolidated_nonsdn_csv_2025-12"));
        addIfPresent(specs, "un-xml", dir.resolve("un_sc_consolidated_2026-02-27/UN_consolidated.xml"));
        addIfPresent(specs, "csl-csv", dir.resolve("us_trade_csl_2022-05/consolidated.csv.gz"));
        return String.join(",", specs);
    }

    private static void addIfPresent(List<String> specs, String format, Path path) {
        if (Files.exists(path)) {
            specs.add(format + "=" + path.toAbsolutePath().normalize());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * What the demo created.
     *
     * @param provider the provider tenant's id
     * @param reseller the reseller tenant's id
     * @param adminPassword the admin user's password
     * @param analystPassword the analyst user's password
     * @param resellerPassword the password of the reseller's analyst user {@code reseller}
     * @param integrationKey the provider's integration key
     * @param resellerKey the reseller's integration key
     * @param analystKey the provider's analyst key (alert decisions need an analyst or admin)
     * @param customers the onboarded customers: name, tenant, id, decision
     */
    record DemoSetup(
            String provider,
            String reseller,
            String adminPassword,
            String analystPassword,
            String resellerPassword,
            String integrationKey,
            String resellerKey,
            String analystKey,
            List<Onboarded> customers) {

        /** One onboarded sample customer. */
        record Onboarded(String name, String tenant, String id, String decision, int alerts) {}

        static DemoSetup run(ConfigurableApplicationContext ctx, String base, String fixedKey) {
            Bootstrap.Result boot = ctx.getBean(Bootstrap.class).run("Demo Cloud", "admin", null);
            ApiKeyService keys = ctx.getBean(ApiKeyService.class);
            String providerId = boot.provider().id().toString();
            NewApiKey integration = fixedKey != null
                    ? keys.createWithSecret(
                            boot.provider().id(), "demo integration key", Role.INTEGRATION, "system:demo", fixedKey)
                    : keys.createForBootstrap(
                            boot.provider().id(), "demo integration key", Role.INTEGRATION, "system:demo");
            Api admin = new Api(base, boot.apiKey().key());
            String resellerId = admin.post("/tenants", Map.of("name", "Demo Reseller"))
                    .get("id")
                    .asText();
            String analystPassword = randomPassword();
            admin.post(
                    "/tenants/" + providerId + "/users",
                    Map.of("username", "analyst", "password", analystPassword, "role", "analyst"));
            // a console user of the reseller, to see the tenant isolation in the console
            String resellerPassword = randomPassword();
            admin.post(
                    "/tenants/" + resellerId + "/users",
                    Map.of("username", "reseller", "password", resellerPassword, "role", "analyst"));
            String resellerKey = admin.post(
                            "/tenants/" + resellerId + "/api-keys",
                            Map.of("name", "reseller sign-up gateway", "role", "integration"))
                    .get("key")
                    .asText();

            String analystKey = admin.post(
                            "/tenants/" + providerId + "/api-keys",
                            Map.of("name", "demo analyst key", "role", "analyst"))
                    .get("key")
                    .asText();
            List<Onboarded> onboarded = new ArrayList<>();
            Api api = new Api(base, integration.key());
            for (Map<String, Object> c : DemoCustomers.provider()) {
                onboarded.add(onboard(api, "Demo Cloud", c));
            }
            Api reseller = new Api(base, resellerKey);
            for (Map<String, Object> c : DemoCustomers.reseller()) {
                onboarded.add(onboard(reseller, "Demo Reseller", c));
            }
            return new DemoSetup(
                    providerId,
                    resellerId,
                    boot.password(),
                    analystPassword,
                    resellerPassword,
                    integration.key(),
                    resellerKey,
                    analystKey,
                    List.copyOf(onboarded));
        }

        private static String randomPassword() {
            byte[] b = new byte[18];
            new java.security.SecureRandom().nextBytes(b);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        }

        private static Onboarded onboard(Api api, String tenant, Map<String, Object> customer) {
            JsonNode r = api.post("/customers", customer);
            return new Onboarded(
                    (String) customer.get("name"),
                    tenant,
                    r.get("id").asText(),
                    r.get("decision").asText(),
                    r.get("alerts").size());
        }

        void print(PrintWriter out, String base) {
            out.println();
            out.println("Tenants:   Demo Cloud (provider) " + provider + ", Demo Reseller " + reseller);
            out.println("Users:     admin / " + adminPassword + "    analyst / " + analystPassword + "    reseller / "
                    + resellerPassword + " (Demo Reseller)");
            out.println("API key:   " + integrationKey + "   (Demo Cloud, role integration)");
            out.println("Analyst:   " + analystKey + "   (Demo Cloud, role analyst: decides alerts)");
            out.println("Reseller:  " + resellerKey + "   (Demo Reseller, role integration)");
            out.println();
            out.println("Customers:");
            for (Onboarded c : customers) {
                out.printf(
                        "  %-7s %-34s %-13s %d alert%s  %s%n",
                        c.decision(), c.name(), c.tenant(), c.alerts(), c.alerts() == 1 ? " " : "s", c.id());
            }
            String flagged = customers.stream()
                    .filter(c -> c.alerts() > 0)
                    .map(Onboarded::id)
                    .findFirst()
                    .orElse("$ID");
            out.println();
            out.println("Try:");
            out.println("  KEY=" + integrationKey);
            out.println("  ANALYST=" + analystKey);
            out.println("  API=" + base + "/api/v1");
            out.println("  curl -s -H \"Authorization: Bearer $KEY\" $API/customers");
            out.println("  curl -s -H \"Authorization: Bearer $KEY\" $API/customers/" + flagged + "/risk");
            out.println("  curl -s -H \"Authorization: Bearer $KEY\" \"$API/alerts?status=open\"");
            out.println("  curl -s -H \"Authorization: Bearer $KEY\" -H 'Content-Type: application/json' \\");
            out.println(
                    "       -d '{\"name\":\"Nicolas Maduro Moros\",\"type\":\"person\",\"birth_date\":\"1962-11-23\"}'"
                            + " $API/screen");
            out.println(
                    "  ALERT=$(curl -s -H \"Authorization: Bearer $KEY\" \"$API/alerts?status=open\" | jq -r '.[0].id')");
            out.println("  curl -s -H \"Authorization: Bearer $ANALYST\" -H 'Content-Type: application/json' \\");
            out.println(
                    "       -d '{\"decision\":\"escalated\",\"note\":\"needs the MLRO\"}' $API/alerts/$ALERT/decision");
            out.flush();
        }
    }

    /** A tiny JSON client for the demo's own API on loopback. */
    record Api(String base, String key) {
        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        JsonNode post(String path, Object body) {
            try {
                HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build();
                HttpResponse<String> res = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() / 100 != 2) {
                    throw new IllegalArgumentException(
                            "POST " + path + " answered " + res.statusCode() + ": " + res.body());
                }
                return JSON.readTree(res.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
