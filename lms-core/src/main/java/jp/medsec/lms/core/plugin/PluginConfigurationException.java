package jp.medsec.lms.core.plugin;

/** The set of installed plugins cannot run (two claim one id, or one needs a newer SPI): refuse to start. */
public class PluginConfigurationException extends RuntimeException {

    public PluginConfigurationException(String message) {
        super(message);
    }
}
