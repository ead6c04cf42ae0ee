package com.regimen.web.http;

import com.regimen.web.errors.Problem;
import com.regimen.web.errors.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over the configured size with 413, whether the client declared the length or
 * streams it chunked, before anything buffers them. A body up to {@link #READ_PAST_LIMIT} over the
 * limit is read to its end (and thrown away) first: answered from the headers alone, the server
 * closed the connection while the client was still sending, and the client's TCP reset could
 * throw away the 413 on its way, so a client saw no answer at all (HostileInputIT, on a loaded
 * machine). Past that bound the connection is closed as before, unread.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimitFilter implements ContainerRequestFilter {
    static final long READ_PAST_LIMIT = 1024 * 1024;
    private final long maxBytes;

    public RequestBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            if (request.getLength() <= maxBytes + READ_PAST_LIMIT) {
                discard(request.getEntityStream(), request.getLength());
            }
            throw tooLarge(maxBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
        }
    }

    /** Reads and drops up to {@code most} bytes; a client that stops sending meanwhile just ends it. */
    private static void discard(InputStream body, long most) {
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            int n;
            while (read < most && (n = body.read(buffer, 0, (int) Math.min(buffer.length, most - read))) >= 0) {
                read += n;
            }
        } catch (IOException gone) {
            // The 413 goes out all the same.
        }
    }

    static WebApplicationException tooLarge(long maxBytes) {
        return new WebApplicationException(ProblemResponses.of(Problem.of(413, "PAYLOAD_TOO_LARGE",
                "Payload too large", "The body is larger than " + maxBytes + " bytes.")));
    }

    private static final class LimitedStream extends FilterInputStream {
        private final long maxBytes;
        private long read;

        LimitedStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                discard(in, READ_PAST_LIMIT);
                throw tooLarge(maxBytes);
            }
        }
    }
}
