package org.tollgate.app.support;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tollgate.app.bootstrap.Bootstrap;
import org.tollgate.app.tenant.TenantRepository;

/**
 * Base of the integration tests: the whole service on a random port on 127.0.0.1, over the shared embedded
 * PostgreSQL, with real HTTP. Every subclass shares one application context (same configuration), so the service
 * starts once per JVM. The installation is bootstrapped once; {@link #provider()} holds its admin key.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1"})
public abstract class ServiceTest {
    private static Bootstrap.Result provider;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private Bootstrap bootstrap;

    @Autowired
    protected org.tollgate.app.audit.AuditLog auditLog;

    @Autowired
    private TenantRepository tenants;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tollgate.db.url", TestDatabase::url);
        registry.add("tollgate.db.user", () -> "postgres");
        // a small real index (the OFAC SDN set of 2021 and a UN excerpt) in a fresh store, so the service starts
        // fast; without the shared data the index stays empty and the tests that need it are skipped
        registry.add("tollgate.lists.store", () -> LISTS_STORE.toString());
        registry.add("tollgate.lists.local", ServiceTest::testLists);
        // the webhook secrets' key in the test's own directory, not in the home of whoever runs the tests
        registry.add(
                "tollgate.secrets.key-file",
                () -> LISTS_STORE.resolve("secrets.key").toString());
    }

    private static final java.nio.file.Path LISTS_STORE = tempDir();

    private static java.nio.file.Path tempDir() {
        try {
            return java.nio.file.Files.createTempDirectory("tollgate-test-snapshots");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String testLists() {
        java.nio.file.Path data = org.tollgate.lists.testdata.TestData.locate();
        if (data == null) {
            return "";
        }
        return "ofac-csv=" + data.resolve("ofac_sdn_set_2021-07") + ",un-xml="
                + data.resolve("format_excerpts_deriv/sample_unsc.xml");
    }

    /**
     * The database after sealing the audit log: audit records reach {@code audit_event} just after their commit (see
     * AuditLog), so a test that reads that table itself seals first, as the service's own readers do.
     */
    protected JdbcClient sealed() {
        auditLog.seal();
        return jdbc;
    }

    /** Skips (or under CI fails) a test that needs the real lists when the shared data is absent. */
    protected static void requireLists() {
        org.tollgate.lists.testdata.TestData.dir();
    }

    /** The provider created by the bootstrap, with its admin key. */
    protected Bootstrap.Result provider() {
        return provider(bootstrap);
    }

    /** The provider, bootstrapped once per JVM, for tests with a configuration of their own (other lists). */
    public static synchronized Bootstrap.Result provider(Bootstrap bootstrap) {
        if (provider == null) {
            provider = bootstrap.run("Test Provider", "provider-admin", "correct horse battery staple");
        }
        return provider;
    }

    protected String providerKey() {
        return provider().apiKey().key();
    }

    protected Http http() {
        return new Http(port);
    }

    /** A fresh name, so tests sharing the database never collide. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a reseller through the API as the provider admin; returns its id. */
    protected UUID newReseller(String name) {
        Http.Response r = http().post("/api/v1/tenants", providerKey(), "{\"name\":\"" + name + "\"}");
        if (r.status() != 201) {
            throw new AssertionError("reseller not created: " + r);
        }
        return UUID.fromString(r.json().get("id").asString());
    }

    /** Creates an API key for {@code tenant} as the provider admin; returns the secret. */
    protected String newKey(UUID tenant, String role) {
        Http.Response r = http().post(
                        "/api/v1/tenants/" + tenant + "/api-keys",
                        providerKey(),
                        "{\"name\":\"test key\",\"role\":\"" + role + "\"}");
        if (r.status() != 201) {
            throw new AssertionError("key not created: " + r);
        }
        return r.json().get("key").asString();
    }

    protected boolean bootstrapped() {
        return !tenants.none();
    }
}
