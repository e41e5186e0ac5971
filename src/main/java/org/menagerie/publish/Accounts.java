package org.menagerie.publish;

import java.util.Optional;

/** Editors' accounts and API tokens. Passwords and tokens are stored only as hashes. */
public interface Accounts {

    /** Creates an account or replaces its password and role. */
    Account put(String name, Account.Role role, char[] password);

    /** The account when the password matches its hash. */
    Optional<Account> authenticate(String name, char[] password);

    /** Issues a new random API token for the account and returns it; only its hash is kept. */
    String createToken(String name, String label);

    /** The account a presented API token belongs to. */
    Optional<Account> byToken(String token);

    int countAccounts();
}
