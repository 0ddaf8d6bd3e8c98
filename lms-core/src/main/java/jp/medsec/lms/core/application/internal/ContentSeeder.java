package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.application.content.ContentReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    public void seed() {
        ContentReader.tracks(ROOT + "tracks.json", read(ROOT + "tracks.json").orElseThrow())
                .forEach(importer::importTrack);
        int created = 0;
        for (String slug : read(ROOT + "courses.txt").orElseThrow().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String folder = ROOT + "courses/" + slug + "/";
            var doc = ContentReader.course(folder + "course.json", read(folder + "course.json").orElseThrow(),
                    name -> name.contains("..") ? Optional.empty() : read(folder + name));
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
