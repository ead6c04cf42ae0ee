package com.regimen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.regimen.web.errors.Problem;
import io.dropwizard.servlets.assets.AssetServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The front-desk UI's static files at {@code /}. A missing path is answered here, as problem+json
 * like every other error: Dropwizard's own servlet would sendError, and Jetty answers that with an
 * empty body that drops our security headers.
 */
public final class UiAssetServlet extends AssetServlet {
    private static final String RESOURCES = "ui";
    private final transient ObjectMapper json;

    public UiAssetServlet(ObjectMapper json) {
        super("/" + RESOURCES, "/", "index.html", StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException,
            jakarta.servlet.ServletException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String file = path.endsWith("/") ? path + "index.html" : path;
        if (path.contains("..") || getClass().getClassLoader().getResource(RESOURCES + file) == null) {
            byte[] body = json.writeValueAsBytes(Problem.of(404, "NOT_FOUND", "Not found",
                    "There is no such resource."));
            response.setStatus(404);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        super.doGet(request, response);
    }
}
