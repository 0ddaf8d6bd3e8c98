package jp.medsec.lms.web.support;

import jp.medsec.lms.core.plugin.ActivityTypeRegistry;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/** Archives for Arquillian tests inside Liberty: the core and the libraries it needs, plus whatever a test adds. */
public final class CoreDeployment {

    private CoreDeployment() {
    }

    /** A war named {@code name} holding lms-core, its libraries and {@code extra} archives, with CDI on. */
    public static WebArchive war(String name, JavaArchive... extra) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addAsLibraries(archiveOf(ActivityTypeRegistry.class, "lms-core.jar"),
                        archiveOf(Parser.class, "commonmark.jar"), archiveOf(TablesExtension.class, "commonmark-tables.jar"),
                        archiveOf(org.apache.commons.csv.CSVFormat.class, "commons-csv.jar"),
                        archiveOf(org.apache.commons.io.IOUtils.class, "commons-io.jar"),
                        archiveOf(org.apache.commons.codec.binary.Hex.class, "commons-codec.jar"))
                .addAsLibraries(extra)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** The jar (or, in an IDE, the classes folder) a class was loaded from, as an archive to deploy. */
    public static JavaArchive archiveOf(Class<?> type, String name) {
        try {
            File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.isDirectory()
                    ? ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class)
                    : ShrinkWrap.createFromZipFile(JavaArchive.class, location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
