package jp.medsec.lms.core.application.content;

import jakarta.json.JsonObject;

import java.util.List;

/** The content format as records; {@link ContentReader} builds them, {@link ContentImportService} stores them. */
public final class ContentDocuments {

    private ContentDocuments() {
    }

    public record Text(String ja, String en) {
    }

    public record TrackDocument(String code, int position, Text name, Text audience, Text description) {
    }

    public record CourseDocument(String slug, String track, Text title, Text summary, int minutes,
                                 List<ModuleDocument> modules, CertificateSettings certificate) {

        public CourseDocument(String slug, String track, Text title, Text summary, int minutes, List<ModuleDocument> modules) {
            this(slug, track, title, summary, minutes, modules, CertificateSettings.DEFAULTS);
        }
    }

    /** The course's {@code "certificate"} object: validity in months (0 = no expiry), PDF template, approval queue. */
    public record CertificateSettings(int validityMonths, String template, boolean approval) {
        public static final CertificateSettings DEFAULTS = new CertificateSettings(12, "ja", false);
    }

    public record ModuleDocument(Text title, List<ActivityDocument> activities) {
    }

    public record ActivityDocument(String key, String type, Text title, boolean required, int minutes,
                                   JsonObject settings) {
    }
}
