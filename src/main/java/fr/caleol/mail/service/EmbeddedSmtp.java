package fr.caleol.mail.service;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.caleol.base.db.EmbeddedMariaDbEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * With the embedded database and no SMTP server configured, a real SMTP server starts in-process (GreenMail, on
 * 127.0.0.1) and CALEOL sends to it: a new user sees convocations arrive, in the administrators' "Boîte de test"
 * screen, without configuring anything. Nothing leaves the machine. As soon as {@code SPRING_MAIL_HOST} is set, or the
 * database is a server, this is off and Spring's {@code spring.mail.*} settings apply
 * ({@code caleol.mail.embedded-smtp-enabled} forces it on or off: the tests turn it on against a database server).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedSmtp.WithEmbeddedDatabaseAndNoServer.class)
class EmbeddedSmtp {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);
    static final String HOST = "127.0.0.1";
    /** Starts it (true) or not (false) whatever the database; unset: with the embedded database only. */
    static final String ENABLED = "caleol.mail.embedded-smtp-enabled";

    @Bean(destroyMethod = "stop")
    GreenMail greenMail(MailProperties settings) {
        int port = settings.embeddedSmtpPort();
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        if (port == 0 || !free(port)) {
            if (port != 0) {
                log.warn("Port {} is taken: the embedded SMTP server listens on another one", port);
            }
            setup = setup.dynamicPort();
        }
        GreenMail server = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        server.start();
        log.info("Embedded SMTP server (GreenMail) on {}:{}: the mails are shown in Administration › Boîte de test",
                HOST, server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSenderImpl embeddedMailSender(GreenMail server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(HOST);
        sender.setPort(server.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // The name said in EHLO, given rather than looked up for every connection.
        sender.getJavaMailProperties().setProperty("mail.smtp.localhost", "localhost");
        return sender;
    }

    @Bean
    CaughtMails caughtMails(GreenMail server) {
        return new CaughtMails(server);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getByName(HOST))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static class WithEmbeddedDatabaseAndNoServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            if (StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
                return false;
            }
            String asked = environment.getProperty(ENABLED);
            return asked != null ? Boolean.parseBoolean(asked)
                    : "true".equals(environment.getProperty(EmbeddedMariaDbEnvironment.ACTIVE));
        }
    }
}
