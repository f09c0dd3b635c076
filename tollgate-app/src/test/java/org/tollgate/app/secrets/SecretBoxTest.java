package org.tollgate.app.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void aSealedSecretOpensForItsRowOnly() {
        SecretBox box = SecretBox.withKey(key(7));
        String sealed = box.seal("whsec_abc", "webhook_endpoint:1");
        assertThat(sealed).startsWith("v1:").doesNotContain("abc");
        assertThat(SecretBox.isSealed(sealed)).isTrue();
        assertThat(box.open(sealed, "webhook_endpoint:1")).isEqualTo("whsec_abc");
        // a fresh nonce each time: the same secret never seals to the same text
        assertThat(box.seal("whsec_abc", "webhook_endpoint:1")).isNotEqualTo(sealed);
        // moved onto another row, it does not open
        assertThatThrownBy(() -> box.open(sealed, "webhook_endpoint:2"))
                .isInstanceOf(SecretBox.SecretUnreadableException.class);
    }

    @Test
    void anotherKeyOrAnAlteredValueDoesNotOpen() {
        String sealed = SecretBox.withKey(key(1)).seal("whsec_abc", "row");
        assertThatThrownBy(() -> SecretBox.withKey(key(2)).open(sealed, "row"))
                .isInstanceOf(SecretBox.SecretUnreadableException.class)
                .hasMessageContaining("another tollgate.secrets.key");
        // one character of the ciphertext changed (not the last one, whose low bits base64 may not use)
        int at = sealed.length() - 5;
        String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> SecretBox.withKey(key(1)).open(altered, "row"))
                .isInstanceOf(SecretBox.SecretUnreadableException.class);
        assertThatThrownBy(() -> SecretBox.withKey(key(1)).open("v1:***", "row"))
                .isInstanceOf(SecretBox.SecretUnreadableException.class);
    }

    @Test
    void aValueStoredInClearByAnOlderVersionIsReadAsItIs() {
        assertThat(SecretBox.withKey(key(1)).open("whsec_old", "row")).isEqualTo("whsec_old");
        assertThat(SecretBox.isSealed("whsec_old")).isFalse();
    }

    @Test
    void theKeyFileIsCreatedOnceOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("home/secrets.key");
        SecretBox first = new SecretBox("", file);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String sealed = first.seal("s", "row");
        // a second start reads the same key
        assertThat(new SecretBox("", file).open(sealed, "row")).isEqualTo("s");
    }

    @Test
    void aConfiguredKeyMustBe32Bytes() {
        assertThatThrownBy(() -> new SecretBox("c2hvcnQ=", Path.of("unused")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretBox("not base64!", Path.of("unused")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base64");
    }
}
