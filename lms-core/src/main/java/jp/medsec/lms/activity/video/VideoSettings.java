package jp.medsec.lms.activity.video;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.spi.InvalidSettingsException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A video activity's settings, as a trainer writes them:
 * <pre>{@code
 * { "source": {"file": "<stored file id>"}          (an upload)
 *          | {"url": "https://cdn.example.jp/a.mp4"}, (a video file elsewhere)
 *   "durationSeconds": 3540,
 *   "subtitles": [{"lang": "ja", "file": "<stored file id>", "label": "日本語"}],   (optional; label optional)
 *   "completionPercent": 90 }                                                       (optional, 1 to 100)
 * }</pre>
 * The duration is the trainer's, not the player's: completion is computed against it, and a client reporting a
 * shorter video must not make a learner finish sooner.
 */
public record VideoSettings(Source source, double durationSeconds, List<Subtitle> subtitles, int completionPercent) {

    public static final int DEFAULT_COMPLETION_PERCENT = 90;
    public static final double MAX_DURATION_SECONDS = 24 * 3600;
    public static final int MAX_SUBTITLES = 10;
    static final int MAX_URL = 2000;

    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> KEYS = Set.of("source", "durationSeconds", "subtitles", "completionPercent");
    /** Sites whose links are pages with their own player, not video files a {@code <video>} element can play. */
    private static final Set<String> VIDEO_PAGE_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "youtu.be", "vimeo.com", "www.vimeo.com", "player.vimeo.com", "www.nicovideo.jp", "nicovideo.jp");

    /** Where the video comes from. */
    public sealed interface Source permits StoredFile, ExternalUrl {
    }

    /** A file uploaded to this LMS, by its stored id (see {@link VideoUpload#FILE_ID}). */
    public record StoredFile(String fileId) implements Source {

        public StoredFile {
            Objects.requireNonNull(fileId, "fileId");
        }
    }

    /** A video file on another https server (a CDN); the learner's browser fetches it directly. */
    public record ExternalUrl(URI url) implements Source {

        public ExternalUrl {
            Objects.requireNonNull(url, "url");
        }
    }

    /** A WebVTT subtitle track: its language (BCP 47, such as {@code ja}), the stored file, and an optional label. */
    public record Subtitle(String lang, String fileId, String label) {

        public Subtitle {
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(fileId, "fileId");
        }

        /** The label a learner sees in the player's menu: the trainer's, else the language's name. */
        public String label(Locale locale) {
            return label != null ? label : Locale.forLanguageTag(lang).getDisplayLanguage(
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE);
        }
    }

    public VideoSettings {
        Objects.requireNonNull(source, "source");
        subtitles = List.copyOf(subtitles);
    }

    /** Reads settings, reporting every problem at once (a trainer fixes them in one go). */
    public static VideoSettings from(JsonObject json) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        Source source = source(json.get("source"), problems);
        double duration = 0;
        JsonValue d = json.get("durationSeconds");
        if (!(d instanceof JsonNumber n) || !(n.doubleValue() > 0) || n.doubleValue() > MAX_DURATION_SECONDS) {
            problems.add("durationSeconds: required, a number of seconds above 0 and at most " + (int) MAX_DURATION_SECONDS);
        } else {
            duration = n.doubleValue();
        }
        List<Subtitle> subtitles = subtitles(json.get("subtitles"), problems);
        int percent = DEFAULT_COMPLETION_PERCENT;
        JsonValue p = json.get("completionPercent");
        if (p != null) {
            if (!(p instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1 || n.intValue() > 100) {
                problems.add("completionPercent: a whole number from 1 to 100");
            } else {
                percent = n.intValue();
            }
        }
        for (String key : json.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(key + ": unknown setting");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new VideoSettings(source, duration, subtitles, percent);
    }

    /** The settings as JSON, in the form {@link #from} reads. */
    public JsonObject toJson() {
        JsonObjectBuilder src = Json.createObjectBuilder();
        if (source instanceof StoredFile f) {
            src.add("file", f.fileId());
        } else if (source instanceof ExternalUrl u) {
            src.add("url", u.url().toString());
        }
        JsonArrayBuilder subs = Json.createArrayBuilder();
        for (Subtitle s : subtitles) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("lang", s.lang()).add("file", s.fileId());
            if (s.label() != null) {
                b.add("label", s.label());
            }
            subs.add(b);
        }
        return Json.createObjectBuilder().add("source", src).add("durationSeconds", durationSeconds)
                .add("subtitles", subs).add("completionPercent", completionPercent).build();
    }

    private static Source source(JsonValue value, List<String> problems) {
        if (!(value instanceof JsonObject source)) {
            problems.add("source: required, {\"file\": \"<stored file id>\"} or {\"url\": \"https://...\"}");
            return null;
        }
        boolean file = source.containsKey("file");
        boolean url = source.containsKey("url");
        if (file == url || source.size() != 1) {
            problems.add("source: exactly one of \"file\" or \"url\"");
            return null;
        }
        if (file) {
            String id = text(source.get("file"));
            if (id == null || !VideoUpload.FILE_ID.matcher(id).matches()) {
                problems.add("source.file: a stored file id (letters, digits, '-' or '_', at most 64)");
                return null;
            }
            return new StoredFile(id);
        }
        String text = text(source.get("url"));
        if (text == null || text.length() > MAX_URL) {
            problems.add("source.url: an https:// address of at most " + MAX_URL + " characters");
            return null;
        }
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                problems.add("source.url: must be an https:// address (a page served over https cannot play http video)");
            } else if (uri.getRawUserInfo() != null) {
                problems.add("source.url: must not contain a user name or password");
            } else if (VIDEO_PAGE_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                problems.add("source.url: " + uri.getHost() + " links to a page with its own player, not a video file;"
                        + " upload the file or link the .mp4/.webm itself");
            } else {
                return new ExternalUrl(uri);
            }
        } catch (URISyntaxException e) {
            problems.add("source.url: not a valid address (" + e.getReason() + ")");
        }
        return null;
    }

    private static List<Subtitle> subtitles(JsonValue value, List<String> problems) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problems.add("subtitles: a list of {\"lang\": \"ja\", \"file\": \"<stored file id>\"}");
            return List.of();
        }
        if (array.size() > MAX_SUBTITLES) {
            problems.add("subtitles: at most " + MAX_SUBTITLES);
        }
        List<Subtitle> subtitles = new ArrayList<>();
        Set<String> langs = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "subtitles[" + i + "]";
            if (!(array.get(i) instanceof JsonObject s)) {
                problems.add(at + ": {\"lang\": \"ja\", \"file\": \"<stored file id>\"}");
                continue;
            }
            String lang = text(s.get("lang"));
            String file = text(s.get("file"));
            JsonValue labelValue = s.get("label");
            String label = text(labelValue);
            boolean ok = true;
            if (lang == null || !LANG.matcher(lang).matches()) {
                problems.add(at + ".lang: a language code such as \"ja\" or \"en\"");
                ok = false;
            } else if (!langs.add(lang.toLowerCase(Locale.ROOT))) {
                problems.add(at + ".lang: \"" + lang + "\" appears twice");
                ok = false;
            }
            if (file == null || !VideoUpload.FILE_ID.matcher(file).matches()) {
                problems.add(at + ".file: a stored file id");
                ok = false;
            }
            if (labelValue != null && (label == null || label.length() > 50)) {
                problems.add(at + ".label: text of at most 50 characters");
                ok = false;
            }
            for (String key : s.keySet()) {
                if (!Set.of("lang", "file", "label").contains(key)) {
                    problems.add(at + "." + key + ": unknown setting");
                    ok = false;
                }
            }
            if (ok) {
                subtitles.add(new Subtitle(lang, file, label));
            }
        }
        return subtitles;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }
}
