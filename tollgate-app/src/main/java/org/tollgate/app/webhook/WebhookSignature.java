package org.tollgate.app.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Tollgate-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} keyed with the
 * endpoint's secret. The timestamp is inside the signed text, so a receiver that rejects old timestamps (say, more
 * than five minutes) cannot be replayed an old delivery; it compares {@code v1} in constant time.
 */
public final class WebhookSignature {
    /** The header name. */
    public static final String HEADER = "Tollgate-Signature";

    private WebhookSignature() {}

    /** The header value for a body sent at {@code unixSeconds}. */
    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    /** Lower-case hex HMAC-SHA256 of {@code text} with {@code secret}. */
    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
