package jp.medsec.lms.core.application.content;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CertificateSettings;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentDocuments.TrackDocument;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads tracks.json and course.json. Collects every problem (file and JSON path) before failing, so an author
 * fixes a file in one pass. In activity settings, {@code {"$file": "name.md"}} is replaced by that file's text,
 * which keeps long Markdown out of JSON; any plugin's settings can use it.
 */
public final class ContentReader {

    private final String origin;
    private final Function<String, Optional<String>> files;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ContentReader(String origin, Function<String, Optional<String>> files) {
        this.origin = origin;
        this.files = files;
    }

    public static List<TrackDocument> tracks(String origin, String json) {
        ContentReader reader = new ContentReader(origin, name -> Optional.empty());
        List<TrackDocument> tracks = new ArrayList<>();
        JsonValue root = reader.parse(json);
        if (root instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                String at = "[" + i + "]";
                JsonObject t = reader.object(array.get(i), at);
                if (t != null) {
                    tracks.add(new TrackDocument(reader.string(t, at, "code"), reader.integer(t, at, "position", 0),
                            reader.text(t, at, "name"), reader.text(t, at, "audience"), reader.text(t, at, "description")));
                }
            }
        } else if (root != null) {
            reader.problem("$", "expected an array of tracks");
        }
        reader.failIfProblems();
        return tracks;
    }

    /** A course document; {@code files} resolves names relative to the course folder ({@code $file}). */
    public static CourseDocument course(String origin, String json, Function<String, Optional<String>> files) {
        ContentReader reader = new ContentReader(origin, files);
        JsonObject c = reader.object(reader.parse(json), "$");
        CourseDocument course = null;
        if (c != null) {
            List<ModuleDocument> modules = new ArrayList<>();
            JsonArray moduleArray = reader.array(c, "$", "modules");
            for (int m = 0; moduleArray != null && m < moduleArray.size(); m++) {
                String mAt = "modules[" + m + "]";
                JsonObject module = reader.object(moduleArray.get(m), mAt);
                if (module == null) {
                    continue;
                }
                List<ActivityDocument> activities = new ArrayList<>();
                JsonArray activityArray = reader.array(module, mAt, "activities");
                for (int a = 0; activityArray != null && a < activityArray.size(); a++) {
                    String aAt = mAt + ".activities[" + a + "]";
                    JsonObject activity = reader.object(activityArray.get(a), aAt);
                    if (activity != null) {
                        activities.add(new ActivityDocument(reader.string(activity, aAt, "key"),
                                reader.string(activity, aAt, "type"), reader.text(activity, aAt, "title"),
                                activity.getBoolean("required", true), reader.integer(activity, aAt, "minutes", 0),
                                reader.settings(activity, aAt)));
                    }
                }
                modules.add(new ModuleDocument(reader.text(module, mAt, "title"), activities));
            }
            course = new CourseDocument(reader.string(c, "$", "slug"), reader.string(c, "$", "track"),
                    reader.text(c, "$", "title"), reader.text(c, "$", "summary"),
                    reader.integer(c, "$", "minutes", null), modules, reader.certificate(c));
        }
        reader.failIfProblems();
        return course;
    }

    /** The optional {@code "certificate"} object; absent fields take the defaults. */
    private CertificateSettings certificate(JsonObject course) {
        JsonValue v = course.get("certificate");
        if (v == null) {
            return CertificateSettings.DEFAULTS;
        }
        JsonObject o = object(v, "$.certificate");
        if (o == null) {
            return CertificateSettings.DEFAULTS;
        }
        int months = integer(o, "$.certificate", "validityMonths", CertificateSettings.DEFAULTS.validityMonths());
        if (months < 0 || months > 120) {
            problem("$.certificate.validityMonths", "0 (no expiry) to 120 months");
        }
        String template = CertificateSettings.DEFAULTS.template();
        if (o.containsKey("template")) {
            template = o.get("template") instanceof JsonString t ? t.getString() : "";
            if (!template.equals("ja") && !template.equals("en")) {
                problem("$.certificate.template", "ja or en");
            }
        }
        boolean approval = false;
        if (o.containsKey("approval")) {
            JsonValue a = o.get("approval");
            if (a == JsonValue.TRUE || a == JsonValue.FALSE) {
                approval = a == JsonValue.TRUE;
            } else {
                problem("$.certificate.approval", "true or false");
            }
        }
        return new CertificateSettings(months, template, approval);
    }

    private JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            problem("$", "not valid JSON at line " + at.getLineNumber() + ", column " + at.getColumnNumber());
            return null;
        } catch (RuntimeException e) {
            problem("$", "not valid JSON");
            return null;
        }
    }

    private JsonObject object(JsonValue value, String at) {
        if (value instanceof JsonObject o) {
            return o;
        }
        if (value != null) {
            problem(at, "expected an object");
        }
        return null;
    }

    private JsonArray array(JsonObject o, String at, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonArray a) {
            return a;
        }
        problem(at + "." + name, "expected an array");
        return null;
    }

    private String string(JsonObject o, String at, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        problem(at + "." + name, "required text");
        return null;
    }

    private Integer integer(JsonObject o, String at, String name, Integer fallback) {
        JsonValue v = o.get(name);
        if (v == null && fallback != null) {
            return fallback;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        problem(at + "." + name, "required whole number");
        return 0;
    }

    private Text text(JsonObject o, String at, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonObject t && t.get("ja") instanceof JsonString ja && !ja.getString().isBlank()) {
            return new Text(ja.getString(), t.get("en") instanceof JsonString en ? en.getString() : null);
        }
        problem(at + "." + name + ".ja", "required Japanese text");
        return null;
    }

    private JsonObject settings(JsonObject activity, String at) {
        JsonValue v = activity.get("settings");
        if (v == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(v instanceof JsonObject settings)) {
            problem(at + ".settings", "expected an object");
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObjectBuilder resolved = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : settings.entrySet()) {
            if (e.getValue() instanceof JsonObject ref && ref.size() == 1 && ref.get("$file") instanceof JsonString file) {
                Optional<String> text = files.apply(file.getString());
                if (text.isPresent()) {
                    resolved.add(e.getKey(), text.get());
                } else {
                    problem(at + ".settings." + e.getKey(), "file not found: " + file.getString());
                }
            } else {
                resolved.add(e.getKey(), e.getValue());
            }
        }
        return resolved.build();
    }

    private void problem(String path, String message) {
        problems.add(new FieldProblem(origin + ": " + path, message));
    }

    private void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new ContentFormatException(problems);
        }
    }
}
