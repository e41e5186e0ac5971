package org.menagerie.delivery;

import java.util.Properties;
import org.menagerie.catalog.Check;

/**
 * The SMTP server digests go through, from the workspace's settings: {@code mail.smtp.host}, {@code mail.smtp.port}
 * (default 587), {@code mail.from}, and optionally {@code mail.smtp.user}, {@code mail.smtp.password},
 * {@code mail.smtp.starttls} (default true) and {@code mail.smtp.ssl} (implicit TLS, default false).
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls, boolean ssl) {
    public MailSettings {
        Check.notBlank(host, "host");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1..65535: " + port);
        Check.notBlank(from, "from");
        user = Check.optional(user);
        password = Check.optional(password);
    }

    /** The settings, or null when {@code mail.smtp.host} is not set (e-mail is then off). */
    public static MailSettings from(Properties p) {
        String host = p.getProperty("mail.smtp.host");
        if (host == null || host.isBlank()) return null;
        return new MailSettings(host.strip(), Integer.parseInt(p.getProperty("mail.smtp.port", "587").strip()),
                p.getProperty("mail.from", "menagerie@localhost"), p.getProperty("mail.smtp.user"),
                p.getProperty("mail.smtp.password"), Boolean.parseBoolean(p.getProperty("mail.smtp.starttls", "true")),
                Boolean.parseBoolean(p.getProperty("mail.smtp.ssl", "false")));
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", from=" + from + ", user=" + user + "]"; // never the password
    }
}
