package org.menagerie.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.menagerie.catalog.Check;

/**
 * The signature of a webhook delivery: {@code sha256=} and the hex HMAC-SHA256, under the endpoint's secret, of the
 * timestamp header, a dot and the body. Signing the timestamp lets a receiver refuse an old delivery replayed.
 */
public final class Signature {
    public static final String HEADER = "X-Menagerie-Signature-256", TIMESTAMP = "X-Menagerie-Timestamp",
            DELIVERY = "X-Menagerie-Delivery";

    private Signature() {}

    public static String of(String secret, String timestamp, String body) {
        Check.notBlank(secret, "secret");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is right, compared in constant time. */
    public static boolean verify(String secret, String timestamp, String body, String signature) {
        if (signature == null) return false;
        return MessageDigest.isEqual(of(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
