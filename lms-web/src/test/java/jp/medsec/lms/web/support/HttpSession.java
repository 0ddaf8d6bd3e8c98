package jp.medsec.lms.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import jp.medsec.lms.core.domain.model.learner.Totp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * One browser-like client of the running LMS (its own cookie jar), for HTTP tests. The server's address comes
 * from the system property {@code lms.it.baseUrl}, which the build sets to the test server it started.
 */
public final class HttpSession {

    public static final String BASE = System.getProperty("lms.it.baseUrl", "http://localhost:9181");
    // HTTP/1.1 as browsers speak on plain http (they use HTTP/2 only over TLS); see README, known issues (h2c).
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
            .sslContext(Https.trustingTestServer()).build();
    private String language = "ja";
    private boolean sendCsrfHeader = true;

    /** Leaves out the X-Requested-With header our pages send, as a forged cross-site request would. */
    public HttpSession withoutCsrfHeader() {
        this.sendCsrfHeader = false;
        return this;
    }

    public HttpSession language(String lang) {
        this.language = lang;
        return this;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET over https to the same server ({@link Https#BASE}), with this session's cookies. */
    public Reply getHttps(String path) {
        return send(HttpRequest.newBuilder(URI.create(Https.BASE + path)).GET());
    }

    /** A GET accepting another type (a download: XML, iCalendar...) and problem details. */
    public Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept + ", application/problem+json").GET());
    }

    public Reply post(String path, String json) {
        return post(path, json, "application/json");
    }

    /** A binary download (PDF, ZIP) as bytes; fails unless it answers 200. */
    public byte[] download(String path, String accept) {
        BytesReply r = getBytes(path, "Accept", accept + ", application/problem+json");
        if (r.status() != 200) {
            throw new AssertionError(path + " answered " + r.status() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.body();
    }

    public Reply post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Reply postBytes(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET whose answer is bytes (a video), with extra headers as name, value pairs (Range, If-Range). */
    public BytesReply getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = client.send(request.header("Accept-Language", language).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BytesReply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer: status, bytes and headers. */
    public record BytesReply(int status, byte[] body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    /** Registers a new learner with a unique e-mail and stays logged in as them. */
    public JsonObject registerLearner(String fullName) {
        String email = "learner-" + UUID.randomUUID() + "@example.jp";
        Reply reply = post("/api/account/register", Json.createObjectBuilder().add("email", email)
                .add("password", Organisation.PASSWORD).add("fullName", fullName).add("fullNameKana", "テスト")
                .add("jobCategory", "NURSE").build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        return reply.json();
    }

    private static HttpSession administrator;
    private static String administratorSecret;

    /** The test administrator's e-mail and password, for logging in through the login page. */
    public static String[] administratorCredentials() {
        Path dir = Path.of(System.getProperty("lms.it.secrets.dir", "target/it-secrets"), "variables");
        try {
            return new String[]{Files.readString(dir.resolve("lms.admin.email")), Files.readString(dir.resolve("lms.admin.password"))};
        } catch (IOException e) {
            throw new IllegalStateException("No test administrator in " + dir, e);
        }
    }

    /** The last time step whose code the test administrator used: the server accepts each step's code once. */
    private static long administratorLastStep;

    /**
     * A fresh authenticator code of the test administrator, for a login in the browser: a time step no earlier login
     * of this run has used and the server still accepts (this one or the next); waits for the clock when both are used.
     */
    public static synchronized String administratorCode() {
        administrator();
        while (true) {
            long now = Totp.step(Instant.now());
            long step = Math.max(now, administratorLastStep + 1);
            if (step <= now + 1) {
                administratorLastStep = step;
                return Totp.code(administratorSecret, step);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The administrator the build generated for the test server (see it-secrets.sh), logged in once per test run.
     * Administrators must use two-factor authentication, so on first use this session sets it up as a person
     * would, with codes computed from the secret, and then has the account's full rights.
     */
    public static synchronized HttpSession administrator() {
        if (administrator != null) {
            return administrator;
        }
        String[] credentials = administratorCredentials();
        String email = credentials[0];
        String password = credentials[1];
        HttpSession s = new HttpSession();
        Reply login = s.post("/api/account/login", Json.createObjectBuilder().add("email", email).add("password", password)
                .build().toString());
        if (login.status() != 200) {
            throw new AssertionError("administrator login failed: " + login);
        }
        if (login.json().getBoolean("twoFactorSetupRequired")) {
            String secret = s.post("/api/account/two-factor", "{}").json().getString("secret");
            administratorSecret = secret;
            administratorLastStep = Totp.step(Instant.now());
            String code = Totp.code(secret, administratorLastStep);
            Reply confirmed = s.post("/api/account/two-factor/confirm", "{\"code\":\"" + code + "\"}");
            if (confirmed.status() != 200) {
                throw new AssertionError("two-factor set-up failed: " + confirmed);
            }
        }
        administrator = s;
        return s;
    }

    private static URI uri(String path) {
        return URI.create(BASE + path);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            if (sendCsrfHeader) {
                request.header("X-Requested-With", "lms-test");
            }
            HttpRequest built = request.build();
            if (built.headers().firstValue("Accept").isEmpty()) {
                request.header("Accept", "application/json, application/problem+json");
            }
            HttpResponse<String> r = client.send(request
                    .header("Accept-Language", language).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and body, with JSON accessors. */
    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return "Reply[" + status + " " + contentType + " " + body + "]";
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
