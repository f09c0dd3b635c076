package org.tollgate.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tollgate.app.bootstrap.Bootstrap;
import org.tollgate.app.support.ServiceTest;

class BootstrapTest extends ServiceTest {
    @Autowired
    Bootstrap bootstrap;

    @Test
    void bootstrapCreatesProviderAdminAndKeyOnce() {
        Bootstrap.Result r = provider();
        assertThat(r.provider().kind().code()).isEqualTo("provider");
        assertThat(r.apiKey().apiKey().role()).isEqualTo(Role.ADMIN);
        assertThat(http().get("/api/v1/tenants/me", r.apiKey().key()).status()).isEqualTo(200);
        assertThat(sealed().sql("SELECT count(*) FROM audit_event WHERE actor = 'system:bootstrap'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4); // tenant, user, key, installation
        assertThatThrownBy(() -> bootstrap.run("Another", "other-admin", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already set up");
    }
}
