package org.menagerie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.menagerie.ingest.FetchException.Reason;

/** The decision alone: no test here opens a connection. */
class UrlGuardTest {
    private final FakeResolver resolver = new FakeResolver(Map.of(
            "example.com", List.of("93.184.215.14"),
            "dual.example", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "localhost", List.of("127.0.0.1", "::1"),
            "metadata.example", List.of("169.254.169.254"),
            "half-private.example", List.of("93.184.215.14", "10.0.0.1"),
            "internal.example", List.of("192.168.1.10"),
            "v6-private.example", List.of("fd00::1"),
            "xn--bc-ila.ro", List.of("93.184.215.15")));
    private final UrlGuard guard = new UrlGuard(AddressPolicy.publicOnly(), resolver);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/", "http://127.255.1.2:8080/admin", "http://0.0.0.0/", "http://0.1.2.3/",
            "http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://100.127.255.255/",
            "http://224.0.0.1/", "http://239.255.255.250/", "http://255.255.255.255/", "http://198.18.0.1/",
            "http://[::1]/", "http://[::]/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fe80::1]/",
            "http://[febf::1]/", "http://[ff02::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
            "http://[::ffff:10.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[64:ff9b::a00:1]/",
            "http://[2002:7f00:1::]/", "http://[::127.0.0.1]/",
            "http://2130706433/", "http://0x7f.1/", "http://017700000001/", "http://127.1/", "http://0x7f000001/",
            "http://0177.0.0.1/", "http://0x7F.0.0.1/", "http://127.0.0.1./", "http://127.0.1/", "http://0/",
            "http://0xa9.0xfe.0xa9.0xfe/", "http://3232235777/", "HTTP://LOCALHOST/", "http://localhost:8080/",
            "http://metadata.example/", "http://half-private.example/", "http://internal.example/",
            "http://v6-private.example/", "https://[::1]:443/"})
    void refusesPrivateLoopbackLinkLocalAndReservedAddressesInEveryForm(String url) {
        FetchException e = catchThrowableOfType(() -> guard.check(url), FetchException.class);
        assertThat(e).as(url).isNotNull();
        assertThat(e.reason()).as(url).isEqualTo(Reason.BLOCKED_ADDRESS);
        assertThat(e.getMessage()).contains("private, local or reserved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/", "https://example.com/a?b=c", "http://dual.example/",
            "http://172.32.0.1/", "http://172.15.255.255/", "http://100.128.0.1/", "http://11.0.0.1/",
            "http://192.169.0.1/", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/", "http://ăbc.ro/x",
            "http://[::ffff:93.184.215.14]/"})
    void acceptsPublicAddresses(String url) throws FetchException {
        assertThat(guard.check(url).addresses()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/passwd", "gopher://example.com/", "javascript:alert(1)",
            "example.com/page", "jar:http://example.com/a.jar!/"})
    void refusesEverySchemeButHttpAndHttps(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(FetchException.class)
                .extracting(e -> ((FetchException) e).reason()).isEqualTo(Reason.UNSUPPORTED_SCHEME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:pass@example.com/", "http://example.com@127.0.0.1/", "http://256.1.1.1/",
            "http://0x1ffffffff/", "http://1.2.3.4.5/", "http://08.0.0.1/", "http://[fe80::1%25eth0]/",
            "http://ex_ample.com/", "http:///path", "http://exa mple.com/", "http://0x7f.1:99999/",
            "http://example.com:x/", "http://%31%32%37.0.0.1/", "http://127.0.0.1%2f@x/"})
    void refusesMalformedHostsAndCredentials(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(FetchException.class)
                .extracting(e -> ((FetchException) e).reason()).isEqualTo(Reason.INVALID_URL);
    }

    @Test
    void decodesNumericHostsWithoutAskingTheResolver() throws FetchException {
        UrlGuard open = new UrlGuard(AddressPolicy.publicOnly().allowingLoopback(), resolver);
        assertThat(open.check("http://0x7f.1:8080/a?b").uri()).hasToString("http://127.0.0.1:8080/a?b");
        assertThat(open.check("http://2130706433/").uri()).hasToString("http://127.0.0.1/");
        assertThat(open.check("http://017700000001/").uri()).hasToString("http://127.0.0.1/");
        assertThat(open.check("http://[::1]/x").uri()).hasToString("http://[0:0:0:0:0:0:0:1]/x");
        assertThat(resolver.asked).isEmpty();
    }

    @Test
    void checksEveryResolvedAddressAndSendsNamesInAscii() throws FetchException {
        assertThat(guard.check("http://ăbc.ro/x").uri()).hasToString("http://xn--bc-ila.ro/x");
        assertThat(resolver.asked).containsExactly("xn--bc-ila.ro");
    }

    @Test
    void reportsAnUnknownHost() {
        FetchException e = catchThrowableOfType(() -> guard.check("http://nowhere.example/"), FetchException.class);
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_HOST);
        assertThat(e.getMessage()).isEqualTo("The site nowhere.example could not be found");
    }

    @Test
    void allowsOnlyWhatIsAllowedExplicitly() throws FetchException {
        UrlGuard loopback = new UrlGuard(AddressPolicy.publicOnly().allowingLoopback(), resolver);
        assertThat(loopback.check("http://127.0.0.1:9/").addresses()).hasSize(1);
        assertThat(loopback.check("http://localhost/").addresses()).hasSize(2);
        assertThatThrownBy(() -> loopback.check("http://10.0.0.1/")).isInstanceOf(FetchException.class);
        assertThatThrownBy(() -> loopback.check("http://[::ffff:10.0.0.1]/")).isInstanceOf(FetchException.class);
    }
}
