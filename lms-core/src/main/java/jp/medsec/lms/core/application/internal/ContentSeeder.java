package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.application.content.ContentReader;
import jp.medsec.lms.core.plugin.ActivityTypeRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the content shipped in {@code content/} on the classpath: the five tracks and one course per track,
 * published. Import skips what exists, so every start may run it and nothing is seeded twice.
 */
@ApplicationScoped
public class ContentSeeder {

    private static final Logger LOG = Logger.getLogger(ContentSeeder.class.getName());
    private static final String ROOT = "content/";

    @Inject
    ContentImportService importer;

    @Inject
    ActivityTypeRegistry activityTypes;

    public void seed() {
        ContentReader.tracks(ROOT + "tracks.json", read(ROOT + "tracks.json").orElseThrow())
                .forEach(importer::importTrack);
        int created = 0;
        for (String slug : read(ROOT + "courses.txt").orElseThrow().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String folder = ROOT + "courses/" + slug + "/";
            var doc = ContentReader.course(folder + "course.json", read(folder + "course.json").orElseThrow(),
                    name -> name.contains("..") ? Optional.empty() : read(folder + name));
            // A course needs every plugin it uses (the quiz at its end); a deployment without one (a plugin test, a
            // slimmed-down build) starts without that course rather than not at all.
            List<String> missing = doc.modules().stream().flatMap(m -> m.activities().stream()).map(a -> a.type())
                    .distinct().filter(type -> activityTypes.find(type).isEmpty()).toList();
            if (!missing.isEmpty()) {
                LOG.warning(() -> "Seed course " + slug + " skipped: activity type(s) " + missing + " not installed");
                continue;
            }
            if (importer.importCourse(doc, true).created()) {
                created++;
            }
        }
        int seeded = created;
        LOG.info(() -> "Seed content: " + seeded + " course(s) created");
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = ContentSeeder.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
