package fr.caleol.mail.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mail settings ({@code caleol.mail.*}); the SMTP server itself is Spring's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}).
 *
 * @param from the sender address of every mail
 * @param publicUrl the address at which users open CALEOL, for the links in the mails (no trailing slash)
 * @param dispatchInterval how often the dispatcher looks for due messages (it is also woken at each commit)
 * @param maxAttempts the attempts before a message is marked FAILED
 * @param firstRetry the wait before the second attempt; each further wait doubles
 * @param embeddedSmtpPort the port of the embedded SMTP server (GreenMail) started with the embedded database; 0 for
 *     any free port
 */
@Validated
@ConfigurationProperties("caleol.mail")
public record MailProperties(
        @NotBlank @Email @DefaultValue("caleol@localhost") String from,
        @NotBlank @DefaultValue("http://localhost:8080") String publicUrl,
        @NotNull @DefaultValue("PT5S") Duration dispatchInterval,
        @Min(1) @Max(20) @DefaultValue("5") int maxAttempts,
        @NotNull @DefaultValue("PT30S") Duration firstRetry,
        @Min(0) @Max(65535) @DefaultValue("3025") int embeddedSmtpPort) {

    /** The wait after the {@code attempts}-th failed attempt: first retry, then doubled each time (at most a day). */
    public Duration backoffAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait;
    }

    /** An absolute link to a path of CALEOL, e.g. {@code seances/12/direct}. */
    public String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
