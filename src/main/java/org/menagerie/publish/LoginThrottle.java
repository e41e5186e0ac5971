package org.menagerie.publish;

import java.time.Duration;

/**
 * Slows password guessing across every serve node: after {@link #perAccount} failed sign-ins to one account, or
 * {@link #perAddress} from one client address, within {@link #window} of the first failure, further attempts are
 * refused until the window has passed. A successful sign-in clears the account's count.
 */
public interface LoginThrottle {
    int perAccount();

    int perAddress();

    Duration window();

    /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
    long retryAfterSeconds(String account, String address);

    /** Counts a failed sign-in against the account and the address. */
    void failed(String account, String address);

    /** Clears the account's count (not the address's). */
    void succeeded(String account);

    /** Deletes the counts whose window has passed; returns how many. */
    int purge();
}
