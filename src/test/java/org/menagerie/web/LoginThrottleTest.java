package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final LoginThrottle throttle = new LoginThrottle(now::get);

    @Test
    void locksAnAccountAfterRepeatedFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) throttle.failed("Ana", "10.0.0." + i);
        assertThat(throttle.retryAfterSeconds("ana", "10.9.9.9")).isZero();
        throttle.failed(" ana ", "10.0.0.99");
        assertThat(throttle.retryAfterSeconds("ANA", "10.9.9.9")).as("same account, any address").isPositive();
        assertThat(throttle.retryAfterSeconds("bob", "10.9.9.9")).isZero();
        now.addAndGet(LoginThrottle.WINDOW_NANOS + 1);
        assertThat(throttle.retryAfterSeconds("ana", "10.9.9.9")).isZero();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) throttle.failed("user" + i, "203.0.113.7");
        assertThat(throttle.retryAfterSeconds("someone-else", "203.0.113.7")).isPositive();
        assertThat(throttle.retryAfterSeconds("someone-else", "203.0.113.8")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) throttle.failed("ana", "198.51.100.1");
        throttle.succeeded("ana");
        throttle.failed("ana", "198.51.100.1");
        assertThat(throttle.retryAfterSeconds("ana", "198.51.100.2")).isZero();
    }
}
