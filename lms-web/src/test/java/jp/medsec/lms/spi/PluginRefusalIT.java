package jp.medsec.lms.spi;

import jp.medsec.lms.web.support.CoreDeployment;
import jp.medsec.lms.testplugin.DuplicatePageType;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Liberty, not just in a unit test: an application with two plugins claiming the id "page" does not start,
 * and the server log says why. (Arquillian only sees that the application never reached STARTED, after its
 * deploy timeout, so the reason is read from the server's log.)
 */
@ExtendWith(ArquillianExtension.class)
class PluginRefusalIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "duplicate-page", managed = false)
    static WebArchive withDuplicatePlugin() {
        JavaArchive impostor = ShrinkWrap.create(JavaArchive.class, "lms-impostor-plugin.jar")
                .addClass(DuplicatePageType.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return CoreDeployment.war("duplicate-page.war", impostor);
    }

    @Test
    @RunAsClient
    void anApplicationWithTwoPluginsClaimingOneIdDoesNotStart() throws Exception {
        Path log = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("arquillian.server"),
                "logs", "messages.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        Exception failure = assertThrows(DeploymentException.class, () -> deployer.deploy("duplicate-page"));
        assertTrue(failure.getMessage().contains("STARTED"), failure.getMessage());
        String written;
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(before, Files.size(log)));
            written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(written.contains("Refusing to start: two plugins claim the id 'page'")
                && written.contains(DuplicatePageType.class.getName()), written);
    }
}
