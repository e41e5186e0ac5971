package org.menagerie.delivery;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.menagerie.catalog.Check;

/** Sends notices as plain-text e-mail digests through the configured SMTP server (Jakarta Mail, Angus). */
public final class Mailer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private final MailSettings settings;
    private final Session session;
    private final Function<String, String> caseTitles;

    /** @param caseTitles a case's title by id, for the digest's headings (may return null) */
    public Mailer(MailSettings settings, Function<String, String> caseTitles) {
        this.settings = Check.notNull(settings, "settings");
        this.caseTitles = Check.notNull(caseTitles, "caseTitles");
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.put("mail.smtp.ssl.enable", Boolean.toString(settings.ssl()));
        p.put("mail.smtp.auth", Boolean.toString(settings.user() != null));
        Authenticator auth = settings.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        };
        this.session = Session.getInstance(p, auth);
    }

    public void send(String to, Notice notice) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(Check.notBlank(to, "to"), true));
        m.setSubject(subject(notice), "UTF-8");
        m.setSentDate(Date.from(notice.to()));
        m.setText(body(notice), "UTF-8");
        Transport.send(m);
    }

    static String subject(Notice n) {
        int cases = n.entries().size();
        return String.format(Locale.ROOT, "Menagerie: %d debunked claim%s seen again (%d alert%s)", cases, cases == 1 ? "" : "s",
                n.alerts(), n.alerts() == 1 ? "" : "s");
    }

    String body(Notice n) {
        StringBuilder s = new StringBuilder();
        s.append("Alerts from ").append(TIME.format(n.from())).append(" to ").append(TIME.format(n.to())).append(".\n\n");
        for (Notice.Entry e : n.entries()) {
            String title = caseTitles.apply(e.caseId());
            s.append("* ").append(title == null ? e.caseId() : title).append(" [").append(e.caseId()).append("]\n");
            s.append(String.format(Locale.ROOT, "  %s, confidence %.2f, seen %d time%s:%n", e.level(), e.confidence(),
                    e.sightings().size(), e.sightings().size() == 1 ? "" : "s"));
            for (Notice.Sighting x : e.sightings()) {
                s.append("  - ").append(TIME.format(x.at())).append(", ").append(x.outlet() == null ? "unknown outlet" : x.outlet());
                if (x.url() != null) s.append(", ").append(x.url());
                s.append("\n    \"").append(x.sentence() == null ? "" : x.sentence().strip()).append("\"\n");
            }
            s.append('\n');
        }
        s.append("Suggested alerts wait for an analyst; matched ones are confident enough to link by themselves.\n");
        return s.toString();
    }
}
