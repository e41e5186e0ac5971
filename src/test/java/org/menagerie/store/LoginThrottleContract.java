package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.publish.LoginThrottle;

/** What the sign-in throttle promises on every database. */
public abstract class LoginThrottleContract extends DatabaseContract {
    private final TestClock clock = new TestClock("2026-03-02T09:00:00Z");
    private LoginThrottle throttle;

    @BeforeEach
    void openThrottle() {
        throttle = new JdbcLoginThrottle(db, clock, 5, 20, Duration.ofMinutes(15));
    }

    @Test
    void locksAnAccountAfterRepeatedFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 4; i++) throttle.failed("Ana", "10.0.0." + i);
        assertThat(throttle.retryAfterSeconds("ana", "10.9.9.9")).isZero();
        clock.advance(Duration.ofMinutes(5));
        throttle.failed(" ana ", "10.0.0.99");
        assertThat(throttle.retryAfterSeconds("ANA", "10.9.9.9")).as("same account, any address").isEqualTo(600);
        assertThat(throttle.retryAfterSeconds("bob", "10.9.9.9")).isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.retryAfterSeconds("ana", "10.9.9.9")).isZero();
    }

    @Test
    void aFailureAfterTheWindowStartsANewCount() {
        for (int i = 0; i < 4; i++) throttle.failed("ana", "198.51.100.1");
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("ana", "198.51.100.1");
        for (int i = 0; i < 3; i++) throttle.failed("ana", "198.51.100.1");
        assertThat(throttle.retryAfterSeconds("ana", "198.51.100.2")).as("4 in the new window").isZero();
        throttle.failed("ana", "198.51.100.1");
        assertThat(throttle.retryAfterSeconds("ana", "198.51.100.2")).isEqualTo(900);
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 20; i++) throttle.failed("user" + i, "203.0.113.7");
        assertThat(throttle.retryAfterSeconds("someone-else", "203.0.113.7")).isPositive();
        assertThat(throttle.retryAfterSeconds("someone-else", "203.0.113.8")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) throttle.failed("ana", "198.51.100.1");
        throttle.succeeded("ANA");
        throttle.failed("ana", "198.51.100.1");
        assertThat(throttle.retryAfterSeconds("ana", "198.51.100.2")).isZero();
    }

    @Test
    void countsFromSeveralNodesAddUpInTheStore() {
        LoginThrottle other = new JdbcLoginThrottle(db, clock, 5, 20, Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) (i % 2 == 0 ? throttle : other).failed("ana", "10.0.0.1");
        assertThat(other.retryAfterSeconds("ana", "10.0.0.2")).isPositive();
        assertThat(throttle.retryAfterSeconds("ana", "10.0.0.2")).isPositive();
    }

    @Test
    void aHugeNameIsCountedUnderItsHash() {
        String name = "x".repeat(10_000);
        for (int i = 0; i < 5; i++) throttle.failed(name, "10.0.0.1");
        assertThat(throttle.retryAfterSeconds(name, "10.0.0.2")).isPositive();
    }

    @Test
    void purgingDropsCountsWhoseWindowHasPassed() {
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.purge()).isZero();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.purge()).isEqualTo(2);
    }
}
