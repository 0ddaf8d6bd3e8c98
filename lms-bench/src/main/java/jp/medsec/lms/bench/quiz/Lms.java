package jp.medsec.lms.bench.quiz;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The LMS over HTTP as a browser uses it: HTTP/1.1 (see README, h2c), a session cookie per learner, and
 * {@code X-Requested-With} on every change (the CSRF defence). One client for all learners, so thousands of them
 * cost connections, not thread pools; each {@link Session} carries its own cookie.
 */
final class Lms {

    private static final String COOKIE = "LMSSESSION";
    // Long enough for a request queued behind thousands of others: a slow answer is measured, not turned into an error.
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20)).build();

    Lms(String base) {
        this.base = base;
    }

    Session session() {
        return new Session();
    }

    /** A response, and the time from sending the request to having read the whole answer. */
    record Reply(int status, String body, long nanos) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + body);
            }
            return this;
        }
    }

    /** One browser: its session cookie, set by the server at registration or login. */
    final class Session {

        private volatile String cookie;

        Reply get(String path) {
            return send(request("GET", path, null));
        }

        Reply post(String path, String json) {
            return send(request("POST", path, json));
        }

        Reply put(String path, String json) {
            return send(request("PUT", path, json));
        }

        CompletableFuture<Reply> postAsync(String path, String json) {
            return sendAsync(request("POST", path, json));
        }

        /** Any request: {@code json} null for none (GET). */
        Reply call(String method, String path, String json) {
            return send(request(method, path, json));
        }

        CompletableFuture<Reply> callAsync(String method, String path, String json) {
            return sendAsync(request(method, path, json));
        }

        private CompletableFuture<Reply> sendAsync(HttpRequest request) {
            long start = System.nanoTime();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> received(r, start));
        }

        private HttpRequest request(String method, String path, String json) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Accept", "application/json, application/problem+json").header("Accept-Language", "ja");
            if (cookie != null) {
                b.header("Cookie", COOKIE + "=" + cookie);
            }
            if (json == null) {
                return b.GET().build();
            }
            return b.header("Content-Type", "application/json").header("X-Requested-With", "lms-bench")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        }

        private Reply send(HttpRequest request) {
            long start = System.nanoTime();
            try {
                return received(http.send(request, HttpResponse.BodyHandlers.ofString()), start);
            } catch (IOException e) {
                throw new UncheckedIOException(request.method() + " " + request.uri(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private Reply received(HttpResponse<String> r, long start) {
            long nanos = System.nanoTime() - start;
            // A login changes the session id; keep whatever the server set last.
            for (String set : r.headers().allValues("Set-Cookie")) {
                if (set.startsWith(COOKIE + "=")) {
                    int end = set.indexOf(';');
                    cookie = set.substring(COOKIE.length() + 1, end < 0 ? set.length() : end);
                }
            }
            return new Reply(r.statusCode(), r.body(), nanos);
        }
    }
}
