package jp.medsec.lms.web.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages of the UI: {@code /track.html} is the shell with the title 「研修トラック」 and the module
 * {@code js/pages/track.js}. The module renders the page and sets the title in the user's language. Pages whose
 * markup is in HTML (the login and registration forms, which must keep typed values when the language
 * changes) have it in {@code WEB-INF/pages/<name>.html}; the others start with a loading message.
 */
@WebServlet(urlPatterns = {"", "/index.html", "/track.html", "/course.html", "/lesson.html", "/login.html",
        "/register.html", "/me.html", "/invitation.html", "/staff.html", "/security.html", "/bank.html",
        "/certificates.html", "/verify.html", "/mail.html", "/media.html", "/quiz-report.html", "/quiz-preview.html", "/quiz-settings.html",
        "/sessions.html"})
public class PageShellServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Page name to its Japanese title (the module replaces it once the language is known) and module. */
    private static final Map<String, Page> PAGES = Map.ofEntries(
            Map.entry("index", new Page("カタログ", "catalog")),
            Map.entry("track", new Page("研修トラック", "track")),
            Map.entry("course", new Page("コース", "course")),
            Map.entry("lesson", new Page("学習", "lesson")),
            Map.entry("login", new Page("ログイン", "login")),
            Map.entry("register", new Page("新規登録", "register")),
            Map.entry("me", new Page("マイコース", "me")),
            Map.entry("invitation", new Page("招待を受ける", "invitation")),
            Map.entry("staff", new Page("職員の受講状況", "staff")),
            Map.entry("security", new Page("二要素認証", "security")),
            Map.entry("bank", new Page("問題バンク", "bank")),
            Map.entry("certificates", new Page("修了証", "certificates")),
            Map.entry("verify", new Page("修了証の検証", "verify")),
            Map.entry("mail", new Page("メール送信", "mail")),
            Map.entry("media", new Page("動画・字幕ファイル", "media")),
            Map.entry("quiz-report", new Page("テストの結果と分析", "quiz-report")),
            Map.entry("quiz-preview", new Page("テストのプレビュー", "quiz-preview")),
            Map.entry("quiz-settings", new Page("テストの作成・設定", "quiz-settings")),
            Map.entry("sessions", new Page("ライブ講習の開催管理", "sessions")));

    private static final String LOADING = "    <p class=\"loading\" role=\"status\" data-i18n=\"common.loading\">読み込み中…</p>";

    /** Each page rendered once: the shell and fragments do not change while the application runs. */
    private final Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    private String resource(String path) throws IOException {
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String render(String name, Page page) throws IOException {
        String shell = resource("/WEB-INF/page-shell.html");
        if (shell == null) {
            throw new IOException("WEB-INF/page-shell.html is missing");
        }
        String fragment = resource("/WEB-INF/pages/" + name + ".html");
        String main = fragment == null ? LOADING : fragment.stripTrailing().indent(4).stripTrailing();
        return shell.replace("{{title}}", page.title()).replace("{{module}}", page.module()).replace("{{main}}", main);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        String name = path.isEmpty() || "/".equals(path) ? "index" : path.substring(1, path.length() - ".html".length());
        Page page = PAGES.get(name);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String html = rendered.get(name);
        if (html == null) {
            html = render(name, page);
            rendered.put(name, html);
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
    }

    private record Page(String title, String module) {
    }
}
