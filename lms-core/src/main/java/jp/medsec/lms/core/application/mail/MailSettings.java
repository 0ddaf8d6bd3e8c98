package jp.medsec.lms.core.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.domain.model.mail.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Mail configuration from MicroProfile Config (environment {@code LMS_MAIL_HOST} and so on; README,
 * "Configuration"). Without {@code lms.mail.host} and {@code lms.mail.from} nothing is sent: mails wait PENDING
 * and the administrators' mail page says that mail is not configured.
 */
@ApplicationScoped
public class MailSettings {

    public static final String DEFAULT_FROM_NAME = "医療機関サイバーセキュリティ研修";

    @Inject
    @ConfigProperty(name = "lms.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "lms.mail.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "lms.mail.security", defaultValue = "STARTTLS")
    String security;

    @Inject
    @ConfigProperty(name = "lms.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "lms.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lms.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "lms.mail.from-name", defaultValue = DEFAULT_FROM_NAME)
    String fromName;

    @Inject
    @ConfigProperty(name = "lms.mail.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "lms.mail.poll-seconds", defaultValue = "15")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "lms.mail.retry.first-seconds", defaultValue = "60")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "lms.mail.retry.max-seconds", defaultValue = "3600")
    long maxRetrySeconds;

    @Inject
    @ConfigProperty(name = "lms.mail.retry.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "lms.public-url")
    Optional<String> publicUrl;

    /** The SMTP settings, or empty when mail is not configured (no host or no sender address). */
    public Optional<SmtpSettings> smtp() {
        Optional<String> h = nonBlank(host);
        Optional<String> f = nonBlank(from);
        if (h.isEmpty() || f.isEmpty()) {
            return Optional.empty();
        }
        SmtpSettings.Security s = SmtpSettings.Security.valueOf(security.strip().toUpperCase(Locale.ROOT));
        return Optional.of(new SmtpSettings(h.get(), port.orElse(s.defaultPort()), s, nonBlank(user), nonBlank(password),
                f.get(), fromName.isBlank() ? DEFAULT_FROM_NAME : fromName.strip(), Duration.ofSeconds(Math.max(1, timeoutSeconds))));
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.ofSeconds(firstRetrySeconds), Duration.ofSeconds(maxRetrySeconds), maxAttempts);
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    /**
     * The LMS's public address without a trailing slash, for links in mails. The core never sees a request, so
     * without {@code lms.public-url} mails carry no links and tell the reader where to find the page instead.
     */
    public Optional<URI> publicUrl() {
        return nonBlank(publicUrl).map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u));
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
