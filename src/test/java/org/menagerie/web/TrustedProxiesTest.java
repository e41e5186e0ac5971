package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    final TrustedProxies behindLb = new TrustedProxies(List.of("10.0.0.0/8", " fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(TrustedProxies.none().client("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
        assertThat(TrustedProxies.none().client("10.0.0.5", List.of("203.0.113.1"))).isEqualTo("10.0.0.5");
    }

    @Test
    void aConnectionFromAnUntrustedAddressIsTheClientWhateverItClaims() {
        assertThat(behindLb.client("198.51.100.7", List.of("203.0.113.1, 10.0.0.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void theRightmostUntrustedHopIsTheClientSoThatWhatTheClientPrependsIsIgnored() {
        // The client sent "X-Forwarded-For: 192.0.2.66" itself; the load balancer appended the address it saw.
        assertThat(behindLb.client("10.0.0.5", List.of("192.0.2.66, 203.0.113.9"))).isEqualTo("203.0.113.9");
        // Two proxies: the inner one appended the outer one's address, which is trusted and skipped.
        assertThat(behindLb.client("10.0.0.5", List.of("192.0.2.66, 203.0.113.9, 10.1.2.3"))).isEqualTo("203.0.113.9");
        // Several headers read as one list, in order.
        assertThat(behindLb.client("10.0.0.5", List.of("192.0.2.66", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void ipv6AndPortsAreUnderstood() {
        assertThat(behindLb.client("fd00::1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindLb.client("10.0.0.5", List.of("203.0.113.9:4711"))).isEqualTo("203.0.113.9");
        assertThat(behindLb.client("10.0.0.5", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void aHopThatIsNoAddressStopsTrustAtTheLastKnownAddress() {
        assertThat(behindLb.client("10.0.0.5", List.of("evil.example.com"))).isEqualTo("10.0.0.5");
        assertThat(behindLb.client("10.0.0.5", List.of("203.0.113.9, unknown, 10.0.0.8"))).isEqualTo("10.0.0.8");
        assertThat(behindLb.client("10.0.0.5", List.of("10.0.0.7, 10.0.0.8"))).as("all trusted: the farthest").isEqualTo("10.0.0.7");
        assertThat(behindLb.client("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
    }

    @Test
    void theSchemeComesFromATrustedProxyOnly() {
        assertThat(behindLb.scheme("10.0.0.5", "http", "https")).isEqualTo("https");
        assertThat(behindLb.scheme("198.51.100.7", "http", "https")).isEqualTo("http");
        assertThat(behindLb.scheme("10.0.0.5", "http", "gopher")).isEqualTo("http");
    }

    @Test
    void blocksMustBeLiteralAddressesAndTheEnvironmentWins() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example.com/32")))
                .hasMessageContaining("web.trustedProxies").hasMessageContaining("proxy.example.com");
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        Properties settings = new Properties();
        settings.setProperty("web.trustedProxies", "10.0.0.0/8");
        assertThat(TrustedProxies.from(settings, Map.of()).cidrs()).containsExactly("10.0.0.0/8");
        assertThat(TrustedProxies.from(settings, Map.of("MENAGERIE_WEB_TRUSTEDPROXIES", "192.168.0.0/16,fd00::/8")).cidrs())
                .containsExactly("192.168.0.0/16", "fd00::/8");
        assertThat(TrustedProxies.from(new Properties(), Map.of()).isEmpty()).isTrue();
    }
}
