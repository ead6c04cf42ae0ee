package com.regimen.web.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Errors Jetty answers itself, before any resource runs (a path outside the API, a malformed
 * request line or header): problem+json like everything else, never Jetty's HTML page.
 */
public class ProblemErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    public ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Jetty writes an error body only for GET, POST and HEAD; a bad PUT or DELETE deserves one too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        int status = code < 400 ? 500 : code;
        String detail = status == 404 ? "There is no such resource." : ProblemResponses.titleFor(status) + ".";
        Problem problem = Problem.of(status, ProblemResponses.codeFor(status), ProblemResponses.titleFor(status),
                detail);
        byte[] body = json.writeValueAsBytes(problem);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
