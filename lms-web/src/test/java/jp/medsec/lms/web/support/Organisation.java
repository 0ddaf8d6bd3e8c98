package jp.medsec.lms.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession.Reply;

import java.util.UUID;

/**
 * Two institutions built through the administrator's API, with the people the access tests need:
 * hospital A (departments 看護部 and 医事課) and clinic B, staff in each, A's manager, a manager of A's
 * 看護部 only, B's manager, a trainer for all tracks and one for EXE only. Each person is logged in afresh
 * after their roles were granted (roles are read at login).
 */
public final class Organisation {

    public static final String PASSWORD = "長いパスフレーズで守る2026";

    public final HttpSession admin = HttpSession.administrator();
    public final String hospitalA;
    public final String nursingA;
    public final String clerksA;
    public final String clinicB;
    public final Person nurseA;
    public final Person clerkA;
    public final Person staffB;
    public final Person managerA;
    public final Person nursingManagerA;
    public final Person managerB;
    public final Person trainer;
    public final Person exeTrainer;
    public final String courseId;
    public final String activityId;

    public Organisation() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        hospitalA = id(admin.post("/api/institutions", "{\"name\":\"テスト総合病院 " + tag + "\",\"prefectureCode\":36,\"kind\":\"HOSPITAL\",\"beds\":240}"));
        nursingA = id(admin.post("/api/institutions/" + hospitalA + "/departments", "{\"name\":\"看護部\"}"));
        clerksA = id(admin.post("/api/institutions/" + hospitalA + "/departments", "{\"name\":\"医事課\"}"));
        clinicB = id(admin.post("/api/institutions", "{\"name\":\"テスト診療所 " + tag + "\",\"prefectureCode\":27,\"kind\":\"CLINIC\",\"beds\":0}"));

        nurseA = person("看護 花子", hospitalA, nursingA, null);
        clerkA = person("事務 太郎", hospitalA, clerksA, null);
        staffB = person("診療所 職員", clinicB, null, null);
        managerA = person("管理 一郎", hospitalA, null, grant("INSTITUTION_MANAGER", hospitalA, null, null));
        nursingManagerA = person("看護部長 二郎", hospitalA, nursingA, grant("INSTITUTION_MANAGER", hospitalA, nursingA, null));
        managerB = person("院長 三郎", clinicB, null, grant("INSTITUTION_MANAGER", clinicB, null, null));
        trainer = person("講師 四郎", null, null, grant("TRAINER", null, null, null));
        exeTrainer = person("講師 五郎", null, null, grant("TRAINER", null, null, "EXE"));

        courseId = new HttpSession().get("/api/tracks/STF").json().getJsonArray("courses").getJsonObject(0).getString("id");
        activityId = new HttpSession().get("/api/courses/" + courseId).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("activities").getJsonObject(0).getString("id");
        check(nurseA.session.post("/api/courses/" + courseId + "/enrolment", "{}"), 201);
    }

    /** A person: registered, placed and granted by the administrator, then logged in. */
    public record Person(String id, String email, HttpSession session) {

        /** A second, separate session of the same person. */
        public HttpSession newSession() {
            HttpSession s = new HttpSession();
            check(s.post("/api/account/login", login(email)), 200);
            return s;
        }
    }

    private static String grant(String role, String institutionId, String departmentId, String trackCode) {
        var b = Json.createObjectBuilder().add("role", role);
        if (institutionId != null) {
            b.add("institutionId", institutionId);
        }
        if (departmentId != null) {
            b.add("departmentId", departmentId);
        }
        if (trackCode != null) {
            b.add("trackCode", trackCode);
        }
        return b.build().toString();
    }

    private Person person(String name, String institutionId, String departmentId, String grant) {
        JsonObject account = new HttpSession().registerLearner(name);
        String id = account.getString("id");
        if (institutionId != null) {
            var body = Json.createObjectBuilder().add("institutionId", institutionId);
            if (departmentId != null) {
                body.add("departmentId", departmentId);
            }
            check(admin.send("PUT", "/api/learners/" + id + "/affiliation", body.build().toString()), 200);
        }
        if (grant != null) {
            check(admin.post("/api/learners/" + id + "/roles", grant), 200);
        }
        HttpSession session = new HttpSession();
        check(session.post("/api/account/login", login(account.getString("email"))), 200);
        return new Person(id, account.getString("email"), session);
    }

    static String login(String email) {
        return Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString();
    }

    private static String id(Reply reply) {
        check(reply, 201);
        return reply.json().getString("id");
    }

    static Reply check(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }
}
