package jp.medsec.lms.core.application.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server and whom mails come from.
 *
 * @param security STARTTLS (submission, port 587, TLS required), SMTPS (TLS from the start, port 465), or NONE
 *                 (plain, for a relay on the same host or tests)
 * @param user     SMTP AUTH user, empty for no authentication
 */
public record SmtpSettings(String host, int port, Security security, Optional<String> user, Optional<String> password,
                           String from, String fromName, Duration timeout) {

    public enum Security {
        STARTTLS(587), SMTPS(465), NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + security + " " + host + ":" + port + ", from=" + from
                + user.map(u -> ", user=" + u).orElse("") + password.map(p -> ", password=***").orElse("") + "]";
    }
}
