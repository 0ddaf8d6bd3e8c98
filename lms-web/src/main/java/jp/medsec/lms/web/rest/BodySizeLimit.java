package jp.medsec.lms.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jp.medsec.lms.web.rest.video.MediaResource;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 256 KiB (2 MiB for an uploaded file: a CSV staff list, a GIFT or Moodle XML question
 * file, a WebVTT subtitle file; a video upload has its own, configured limit) with 413, whether the client declares the
 * length or streams it, so an oversize body can neither exhaust memory nor reach a resource.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isVideoUpload()) {
            return; // streamed to disk and bounded by the configured video limit (MediaService), with its own message
        }
        var type = request.getMediaType();
        boolean file = type != null && (type.getSubtype().equals("csv") || type.getSubtype().equals("xml") || type.getSubtype().equals("vtt")
                || (type.getType().equals("text") && type.getSubtype().equals("plain")) || type.getSubtype().equals("octet-stream"));
        long max = file ? MAX_FILE_BYTES : MAX_BYTES;
        if (request.getLength() > max) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), max));
    }

    private boolean isVideoUpload() {
        try {
            return resource != null && resource.getResourceMethod() != null
                    && resource.getResourceMethod().equals(MediaResource.class.getMethod("uploadVideo", InputStream.class, String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Bounded extends FilterInputStream {

        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
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
            if (read > max) {
                throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
        }
    }
}
