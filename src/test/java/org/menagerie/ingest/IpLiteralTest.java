package org.menagerie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpLiteralTest {

    private static String read(String host) {
        return IpLiteral.parse(host).map(InetAddress::getHostAddress).orElse("name");
    }

    @Test
    void readsTheFormsACResolverAccepts() {
        assertThat(read("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(read("127.1")).isEqualTo("127.0.0.1");
        assertThat(read("10.1.258")).isEqualTo("10.1.1.2");
        assertThat(read("2130706433")).isEqualTo("127.0.0.1");
        assertThat(read("017700000001")).isEqualTo("127.0.0.1");
        assertThat(read("0x7f.1")).isEqualTo("127.0.0.1");
        assertThat(read("0XA9.0XFE.0XA9.0XFE")).isEqualTo("169.254.169.254");
        assertThat(read("0")).isEqualTo("0.0.0.0");
        assertThat(read("[::ffff:127.0.0.1]")).isEqualTo("127.0.0.1");
        assertThat(read("[2001:db8::1]")).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void leavesNamesToTheResolver() {
        assertThat(read("example.com")).isEqualTo("name");
        assertThat(read("1.2.3.example")).isEqualTo("name");
        assertThat(read("0x7f.com")).isEqualTo("name");
    }

    @Test
    void refusesNumericHostsThatAreNoAddress() {
        for (String bad : new String[] {"256.0.0.1", "1.2.3.4.5", "09.1.1.1", "4294967296", "1.2.65536", "[fe80::1%eth0]", "[::g]"}) {
            assertThatThrownBy(() -> IpLiteral.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
