package org.menagerie.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailerTest {
    private GreenMail mail;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void aDigestReachesTheConfiguredSmtpServer() throws Exception {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        p.setProperty("mail.smtp.starttls", "false");
        p.setProperty("mail.from", "alerts@menagerie.invalid");
        Mailer mailer = new Mailer(MailSettings.from(p), id -> "Perfume samples are used to rob women");
        mailer.send("ana@newsroom.invalid", Fixtures.notice());
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage m = mail.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("Menagerie: 1 debunked claim seen again (1 alert)");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ana@newsroom.invalid");
        String body = ((String) m.getContent());
        assertThat(body).contains("Perfume samples are used to rob women [snopes-perfume-sample-robbery]", "matched",
                "@tweet-sno-1030", "Seven women have died");
    }

    @Test
    void noHostMeansNoMail() {
        assertThat(MailSettings.from(new Properties())).isNull();
    }
}
