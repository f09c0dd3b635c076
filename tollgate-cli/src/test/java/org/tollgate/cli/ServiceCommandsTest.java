package org.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin bootstrap}, {@code admin purge} and {@code audit verify} on a fresh embedded database. */
class ServiceCommandsTest {
    private static final String DATA_DIR = "tollgate.db.data-dir";

    @AfterEach
    void clear() {
        System.clearProperty(DATA_DIR);
    }

    @Test
    void bootstrapOnceThenTheChainVerifies(@TempDir Path dir) {
        System.setProperty(DATA_DIR, dir.resolve("pgdata").toString());

        CliRun boot = CliRun.of("admin", "bootstrap", "--provider", "Acme Cloud", "--admin", "root-admin");
        assertThat(boot.exitCode()).as(boot.err()).isZero();
        assertThat(boot.out())
                .contains("Provider tenant: Acme Cloud")
                .contains("Admin user:      root-admin")
                .containsPattern("Admin password:  \\S{24}")
                .containsPattern("Admin API key:   tg_[A-Za-z0-9_-]{43}");

        CliRun again = CliRun.of("admin", "bootstrap");
        assertThat(again.exitCode()).isEqualTo(TollgateCommand.EXIT_FAILURE);
        assertThat(again.err()).contains("already set up");

        CliRun verify = CliRun.of("audit", "verify");
        assertThat(verify.exitCode()).isZero();
        // provider, admin user, API key, installation
        assertThat(verify.out()).startsWith("audit chain intact: 4 records, head 4 ");

        CliRun json = CliRun.of("audit", "verify", "--json");
        assertThat(json.out()).contains("\"intact\":true").contains("\"records_checked\":4");
    }

    @Test
    void purgeRunsAndIsAuditedAndADryRunIsNot(@TempDir Path dir) {
        System.setProperty(DATA_DIR, dir.resolve("pgdata").toString());
        assertThat(CliRun.of("admin", "bootstrap").exitCode()).isZero();

        CliRun dry = CliRun.of("admin", "purge", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out())
                .contains("Dry run: would delete")
                .contains("customer_version")
                .contains("identity");
        assertThat(dry.out()).doesNotContain("Recorded in the audit chain");
        assertThat(CliRun.of("audit", "verify").out()).startsWith("audit chain intact: 4 records");

        CliRun purge = CliRun.of("admin", "purge");
        assertThat(purge.exitCode()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("Deleted").contains("Recorded in the audit chain (retention.purged)");
        // the purge record follows the four of the bootstrap, and the chain still verifies
        assertThat(CliRun.of("audit", "verify").out()).startsWith("audit chain intact: 5 records");
    }

    @Test
    void servePortIsValidated() {
        CliRun r = CliRun.of("serve", "--port", "70000");
        assertThat(r.exitCode()).isEqualTo(TollgateCommand.EXIT_USAGE);
        assertThat(r.err()).contains("--port must be between 1 and 65535");
    }
}
