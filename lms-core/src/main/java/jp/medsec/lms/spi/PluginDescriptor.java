package jp.medsec.lms.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a plugin is: a unique id (lower case, digits and hyphens, as used in stored activities), its own
 * version, and the SPI version it was built against (for example {@code "1.0"}).
 */
public record PluginDescriptor(String id, String version, String requiresSpi, String name) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requiresSpi, "requiresSpi");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Plugin id must match " + ID.pattern() + ": " + id);
        }
    }
}
