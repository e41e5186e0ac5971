package org.menagerie.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.menagerie.publish.Account;
import org.menagerie.publish.Accounts;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts with bcrypt password hashes, and API tokens stored as SHA-256 hashes (tokens are 256 random bits, so a fast
 * hash is enough; passwords are chosen by people, so they get a slow one).
 */
public final class JdbcAccounts implements Accounts {
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(12);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the name is unknown, so that a miss costs as much time as a wrong password. */
    private static final String DUMMY_HASH = BCRYPT.encode("not-a-password");

    private final DataSource ds;

    public JdbcAccounts(DataSource ds) {
        this.ds = ds;
    }

    @Override
    public Account put(String name, Account.Role role, char[] password) {
        Account account = new Account(name, role);
        if (password == null || password.length < 10) throw new IllegalArgumentException("password must have at least 10 characters");
        String hash = BCRYPT.encode(new String(password));
        try (Connection c = ds.getConnection()) {
            int n;
            try (PreparedStatement up = c.prepareStatement("UPDATE account SET role = ?, password_hash = ? WHERE name = ?")) {
                up.setString(1, role.name());
                up.setString(2, hash);
                up.setString(3, name);
                n = up.executeUpdate();
            }
            if (n == 0) {
                try (PreparedStatement in = c.prepareStatement("INSERT INTO account (name, role, password_hash, created) VALUES (?, ?, ?, ?)")) {
                    in.setString(1, name);
                    in.setString(2, role.name());
                    in.setString(3, hash);
                    in.setTimestamp(4, Timestamp.from(Instant.now()));
                    in.executeUpdate();
                }
            }
            return account;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save account " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Account> authenticate(String name, char[] password) {
        if (name == null || password == null) return Optional.empty();
        try (Connection c = ds.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT role, password_hash FROM account WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    BCRYPT.matches(new String(password), DUMMY_HASH);
                    return Optional.empty();
                }
                boolean ok = BCRYPT.matches(new String(password), rs.getString(2));
                return ok ? Optional.of(new Account(name, Account.Role.valueOf(rs.getString(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String createToken(String name, String label) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "mng_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Connection c = ds.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO api_token (token_hash, account_name, label, created) VALUES (?, ?, ?, ?)")) {
            st.setString(1, sha256(token));
            st.setString(2, name);
            st.setString(3, label);
            st.setTimestamp(4, Timestamp.from(Instant.now()));
            st.executeUpdate();
            return token;
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot create a token for " + name + " (is there such an account?): " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Account> byToken(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        try (Connection c = ds.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT a.name, a.role FROM api_token t JOIN account a ON a.name = t.account_name WHERE t.token_hash = ?")) {
            st.setString(1, sha256(token.strip()));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Account(rs.getString(1), Account.Role.valueOf(rs.getString(2)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check a token: " + e.getMessage(), e);
        }
    }

    @Override
    public int countAccounts() {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM account");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count accounts: " + e.getMessage(), e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
