package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Errors the container answers before JAX-RS runs (an unknown static file, a failure outside a resource) come
 * here through web.xml's error pages: problem details for the API, and for pages a short bilingual page
 * instead of the server's default one.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProblemWriter writer;

    @Inject
    transient Problems problems;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : "";
        if (status == 403 && request.getUserPrincipal() == null) {
            status = 401;
        }
        String code = switch (status) {
            case 401 -> "auth.required";
            case 403 -> "auth.forbidden";
            case 404 -> "request.not-found";
            case 405 -> "request.method-not-allowed";
            default -> "server.error";
        };
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            writer.write(request, response, status, code, uri);
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html");
        String home = request.getContextPath() + "/index.html";
        response.getWriter().write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + status + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head><body>"
                + "<main class=\"container\"><h1>" + status + "</h1><p>" + problems.message(Locale.JAPANESE, code).orElse("")
                + "</p><p lang=\"en\">" + problems.message(Locale.ENGLISH, code).orElse("") + "</p><p><a href=\"" + home
                + "\">研修カタログへ / Go to the catalog</a></p></main></body></html>");
    }
}
