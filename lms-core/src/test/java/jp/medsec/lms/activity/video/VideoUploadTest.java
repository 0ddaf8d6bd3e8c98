package jp.medsec.lms.activity.video;

import jp.medsec.lms.activity.video.VideoUpload.Container;
import jp.medsec.lms.activity.video.VideoUpload.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoUploadTest {

    private static final long MB = 1024 * 1024;

    /** The start of an MP4 file: an ftyp box with a major brand and compatible brands, then an mdat box. */
    private static byte[] ftyp(String major, String... compatible) {
        var out = new ByteArrayOutputStream();
        int size = 16 + 4 * compatible.length;
        out.writeBytes(new byte[] {0, 0, 0, (byte) size});
        out.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(major.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 2, 0});
        for (String brand : compatible) {
            out.writeBytes(brand.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[] {0, 0, 0, 8, 'm', 'd', 'a', 't'});
        return out.toByteArray();
    }

    /** The start of a Matroska-family file: the EBML header as ffmpeg writes it, with the given DocType. */
    private static byte[] ebml(String docType) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x42, (byte) 0x86, (byte) 0x81, 1});          // EBMLVersion 1
        body.writeBytes(new byte[] {0x42, (byte) 0xF7, (byte) 0x81, 1});          // EBMLReadVersion 1
        body.writeBytes(new byte[] {0x42, (byte) 0xF2, (byte) 0x81, 4});          // EBMLMaxIDLength 4
        body.writeBytes(new byte[] {0x42, (byte) 0xF3, (byte) 0x81, 8});          // EBMLMaxSizeLength 8
        body.writeBytes(new byte[] {0x42, (byte) 0x82, (byte) (0x80 | docType.length())});
        body.writeBytes(docType.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[] {0x42, (byte) 0x87, (byte) 0x81, 4});          // DocTypeVersion 4
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | body.size())});
        out.writeBytes(body.toByteArray());
        out.writeBytes(new byte[] {0x18, 0x53, (byte) 0x80, 0x67}); // Segment follows
        return out.toByteArray();
    }

    @Test
    void mp4IsRecognisedByItsFtypBoxWhateverItsName() {
        assertEquals(Optional.of(Container.MP4), VideoUpload.detect(ftyp("isom", "isom", "iso2", "avc1", "mp41")));
        assertEquals(Optional.of(Container.MP4), VideoUpload.detect(ftyp("mp42", "mp42", "isom")));
        assertEquals(Optional.of(Container.MP4), VideoUpload.detect(ftyp("XAVC", "mp42", "iso2")),
                "a camera's own major brand is fine when it declares MP4 compatibility");
        var checked = VideoUpload.check(ftyp("isom", "isom"), 300 * MB, VideoUpload.DEFAULT_MAX_BYTES);
        assertTrue(checked.accepted());
        assertEquals("video/mp4", checked.container().orElseThrow().mediaType());
    }

    @Test
    void webmIsRecognisedByItsEbmlDocType() {
        assertEquals(Optional.of(Container.WEBM), VideoUpload.detect(ebml("webm")));
        var eightByteSize = ebml("webm");
        // The same header with its size written in eight bytes, as some muxers do.
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1, 0, 0, 0, 0, 0, 0, (byte) (eightByteSize[4] & 0x7F)});
        out.write(eightByteSize, 5, eightByteSize.length - 5);
        assertEquals(Optional.of(Container.WEBM), VideoUpload.detect(out.toByteArray()));
    }

    @Test
    void quickTimeAndMatroskaAreRefusedWithAdviceToExportMp4() {
        var mov = VideoUpload.check(ftyp("qt  ", "qt  "), MB, VideoUpload.DEFAULT_MAX_BYTES);
        assertEquals(List.of(new Problem("video.upload.quicktime")), mov.problems());
        assertTrue(mov.problems().get(0).message(Locale.JAPANESE).contains("MP4(H.264)で書き出して"));
        assertEquals(List.of(new Problem("video.upload.matroska")),
                VideoUpload.check(ebml("matroska"), MB, VideoUpload.DEFAULT_MAX_BYTES).problems());
    }

    @Test
    void otherFilesAreNotVideoWhateverTheyAreCalled() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        byte[] avi = "RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.US_ASCII);
        for (byte[] head : List.of(png, exe, avi, new byte[3], ftyp("M4A ", "M4A "))) {
            assertEquals(List.of(new Problem("video.upload.unknown-type")),
                    VideoUpload.check(head, MB, VideoUpload.DEFAULT_MAX_BYTES).problems());
        }
    }

    @Test
    void sizeIsCheckedAgainstTheConfiguredLimitAndEveryProblemReported() {
        var checked = VideoUpload.check(new byte[16], 600 * MB, 500 * MB);
        assertEquals(List.of(new Problem("video.upload.too-large", 500 * MB), new Problem("video.upload.unknown-type")),
                checked.problems());
        assertFalse(checked.accepted());
        assertEquals(Optional.empty(), checked.container());
        assertEquals("ファイルが大きすぎます(上限 500 MB)。解像度を下げるか、分割してください。",
                checked.problems().get(0).message(Locale.JAPANESE));
        assertEquals(List.of(new Problem("video.upload.empty")),
                VideoUpload.check(new byte[0], 0, 500 * MB).problems());
    }

    @Test
    void filesAreStoredUnderTheServersIdAndTheDetectedTypeNeverTheUploadersName() {
        assertEquals("3f2b8c1e-0d4a-4e57-9a43-1c2d3e4f5a6b.webm",
                VideoUpload.storedName("3f2b8c1e-0d4a-4e57-9a43-1c2d3e4f5a6b", Container.WEBM));
        assertEquals("abc.vtt", VideoUpload.storedSubtitleName("abc"));
        assertThrows(IllegalArgumentException.class, () -> VideoUpload.storedName("../x", Container.MP4));
        assertThrows(IllegalArgumentException.class, () -> VideoUpload.storedName("a.b", Container.MP4));
    }

    @Test
    void aStoredNameCanNeverReachOutsideTheStorageDirectory(@org.junit.jupiter.api.io.TempDir Path root) {
        assertEquals(root.resolve("abc.mp4").toAbsolutePath(), VideoUpload.locate(root, "abc.mp4"));
        for (String name : new String[] {"../abc.mp4", "/etc/passwd", "..", "abc.mp4/../../x.mp4", "abc.exe",
                "sub/abc.mp4", "abc.mp4\0", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> VideoUpload.locate(root, name), String.valueOf(name));
        }
    }

    @Test
    void theUploadersNameIsCleanedForDisplay() {
        assertEquals("第1回 研修.mp4", VideoUpload.displayName("C:\\fakepath\\第1回 研修.mp4"));
        assertEquals("lecture.mp4", VideoUpload.displayName("../../lecture.mp4"));
        assertEquals("invoicegpj.exe", VideoUpload.displayName("invoice\u202Egpj.exe"), "no bidi override to disguise it");
        assertEquals("a_b_.mp4", VideoUpload.displayName("a<b>.mp4"));
        assertEquals("video", VideoUpload.displayName(" .. "));
        assertEquals("video", VideoUpload.displayName(null));
        assertEquals(100, VideoUpload.displayName("あ".repeat(300)).length());
        assertEquals("が.mp4", VideoUpload.displayName("か\u3099.mp4"), "NFC: macOS's decomposed kana become one character");
    }
}
