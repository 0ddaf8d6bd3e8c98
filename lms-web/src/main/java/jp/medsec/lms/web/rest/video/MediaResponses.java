package jp.medsec.lms.web.rest.video;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.medsec.lms.activity.video.ByteRange;
import jp.medsec.lms.activity.video.media.MediaService.Playable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Answers a GET for a stored file with HTTP range requests (RFC 9110 §14), so a player can seek without downloading
 * what lies before: 200 with the whole file, 206 with one part ({@code Content-Range}), 416 for a range past the end;
 * always {@code Accept-Ranges: bytes} and a strong {@code ETag} (the file's SHA-256). A {@code Range} with an
 * {@code If-Range} that does not match the ETag gets the whole file, as the RFC requires. Bytes are copied from the
 * file in 64 KiB steps while the client reads them.
 */
final class MediaResponses {

    private static final int CHUNK = 64 * 1024;

    private MediaResponses() {
    }

    static Response serve(Playable file, String contentType, HttpHeaders headers) {
        String etag = "\"" + file.media().sha256() + "\"";
        long total = file.media().sizeBytes();
        String range = headers.getHeaderString("Range");
        String ifRange = headers.getHeaderString("If-Range");
        if (range != null && ifRange != null && !ifRange.strip().equals(etag)) {
            range = null; // the client's copy is another version (or a date, which we do not offer): send it all
        }
        ByteRange.Result result = ByteRange.parse(range, total);
        Response.ResponseBuilder answer;
        if (result instanceof ByteRange.Part part) {
            answer = Response.status(206).header("Content-Range", part.contentRange())
                    .header("Content-Length", part.length()).entity(bytes(file, part.first(), part.length()));
        } else if (result instanceof ByteRange.Unsatisfiable unsatisfiable) {
            // Not a problem document: a player asking past the end (a file shorter than it thought) needs only this.
            answer = Response.status(416).header("Content-Range", unsatisfiable.contentRange()).header("Content-Length", 0);
        } else {
            answer = Response.ok(bytes(file, 0, total)).header("Content-Length", total);
        }
        return answer.type(contentType).header("Accept-Ranges", "bytes").header("ETag", etag).build();
    }

    private static StreamingOutput bytes(Playable file, long first, long length) {
        return out -> copy(file, first, length, out);
    }

    private static void copy(Playable file, long first, long length, OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            long position = first;
            long left = length;
            while (left > 0) {
                buffer.clear().limit((int) Math.min(CHUNK, left));
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new IOException("The file " + file.path() + " ended early");
                }
                out.write(buffer.array(), 0, n);
                position += n;
                left -= n;
            }
        }
    }
}
