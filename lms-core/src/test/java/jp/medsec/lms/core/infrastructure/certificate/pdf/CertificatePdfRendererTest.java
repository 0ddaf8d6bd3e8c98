package jp.medsec.lms.core.infrastructure.certificate.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePdfRendererTest {

    private static final Path SAMPLES = Path.of("target", "certificate-samples");
    private static final URI VERIFY = URI.create("https://lms.example.jp/verify/EXE-2026-000123");

    private final CertificatePdfRenderer renderer = new CertificatePdfRenderer();

    static CertificateDocument yamadaHanako(CertificateStatus status) {
        return new CertificateDocument("EXE-2026-000123", "山田 花子", "やまだ はなこ",
                "医療機関のサイバーセキュリティ対策（経営者向け）", "経営者向け",
                Instant.parse("2026-03-31T16:30:00Z"), // 2026-04-01 01:30 in Tokyo: the JST date must be printed
                new BigDecimal("1.5"), Instant.parse("2029-03-31T14:59:59Z"),
                "医療機関サイバーセキュリティ研修 事務局", VERIFY, status);
    }

    @ParameterizedTest
    @EnumSource(CertificateTemplate.class)
    void theTextCanBeExtractedAndSaysWhatTheCertificateSays(CertificateTemplate template) throws IOException {
        byte[] pdf = renderer.render(yamadaHanako(CertificateStatus.VALID), template);
        savePng(pdf, "certificate-" + template.id());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(842, Math.round(page.getMediaBox().getWidth()), "A4 landscape");
            assertEquals(595, Math.round(page.getMediaBox().getHeight()));
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("山田 花子"), text);
            assertTrue(text.contains("医療機関のサイバーセキュリティ対策（経営者向け）"), text);
            assertTrue(text.contains("EXE-2026-000123"), text);
            assertTrue(text.contains("医療機関サイバーセキュリティ研修 事務局"), text);
            if (template == CertificateTemplate.JAPANESE) {
                assertTrue(text.contains("修　了　証"), text);
                assertTrue(text.contains("様"), text);
                assertTrue(text.contains("やまだ はなこ"), text);
                assertTrue(text.contains("修了日　2026年（令和8年）4月1日"), text);
                assertTrue(text.contains("有効期限　2029年（令和11年）3月31日"), text);
                assertTrue(text.contains("学習時間　1.5時間"), text);
                assertTrue(text.contains("検証はこちら"), text);
            } else {
                assertTrue(text.contains("Certificate of Completion"), text);
                assertTrue(text.contains("Completed 1 April 2026 (JST)"), text);
                assertTrue(text.contains("Valid until 31 March 2029 (JST)"), text);
                assertTrue(text.contains("Learning time 1.5 hours"), text);
                assertTrue(text.contains("Verify"), text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateTemplate.class)
    void ipaexGothicIsEmbeddedAsASubset(CertificateTemplate template) throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(yamadaHanako(CertificateStatus.VALID), template))) {
            List<PDFont> fonts = fonts(document.getPage(0).getResources());
            assertEquals(1, fonts.size(), "one font for everything");
            PDType0Font type0 = (PDType0Font) fonts.get(0);
            PDCIDFont descendant = type0.getDescendantFont();
            PDFontDescriptor descriptor = descendant.getFontDescriptor();
            assertTrue(descriptor.getFontFile2() != null, "TrueType outlines embedded (FontFile2)");
            assertTrue(type0.getName().matches("[A-Z]{6}\\+IPAexGothic"), type0.getName());
            assertTrue(type0.isEmbedded());
            // A subset is small: the whole font is 6 MB.
            assertTrue(descriptor.getFontFile2().getLength() < 200_000, "embedded font bytes: " + descriptor.getFontFile2().getLength());
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateTemplate.class)
    void theQrCodeOnThePrintedPageLeadsToTheVerificationPage(CertificateTemplate template) throws Exception {
        try (PDDocument document = Loader.loadPDF(renderer.render(yamadaHanako(CertificateStatus.VALID), template))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            assertEquals(VERIFY.toString(), decodeQr(image));
        }
    }

    @Test
    void aRevokedOrSupersededCopyIsWatermarked() throws IOException {
        byte[] revoked = renderer.render(yamadaHanako(CertificateStatus.REVOKED), CertificateTemplate.JAPANESE);
        savePng(revoked, "certificate-ja-revoked");
        // The watermark is drawn last, large and rotated; PDFTextStripper's line building drops parts of such text, so
        // the glyphs are read in drawing order instead.
        assertTrue(glyphsInDrawingOrder(revoked).endsWith("失効"), glyphsInDrawingOrder(revoked));
        assertTrue(glyphsInDrawingOrder(renderer.render(yamadaHanako(CertificateStatus.SUPERSEDED), CertificateTemplate.ENGLISH))
                .endsWith("SUPERSEDED"));
        assertFalse(text(renderer.render(yamadaHanako(CertificateStatus.VALID), CertificateTemplate.ENGLISH)).contains("REVOKED"));
    }

    @Test
    void aLongNameAndTitleStillFitAndAWesternNameWorks() throws IOException {
        CertificateDocument c = new CertificateDocument("SYS-2026-004711", "ワシントン・アレクサンドラ・エリザベス・ヴァンデンバーグ", null,
                "医療情報システムの安全管理に関するガイドライン第6.0版に基づくシステム・セキュリティ管理者のための実践演習と事故対応訓練",
                "システム・セキュリティ管理者向け", Instant.parse("2026-06-15T03:00:00Z"), BigDecimal.ONE, null,
                "医療機関サイバーセキュリティ研修 事務局", URI.create("https://lms.example.jp/verify/SYS-2026-004711"), CertificateStatus.VALID);
        byte[] ja = renderer.render(c, CertificateTemplate.JAPANESE);
        savePng(ja, "certificate-ja-long");
        String text = text(ja);
        assertTrue(text.contains("ワシントン・アレクサンドラ・エリザベス・ヴァンデンバーグ"), text);
        assertFalse(text.contains("有効期限"), "no expiry, no expiry line");
        byte[] en = renderer.render(new CertificateDocument("EXE-2026-000200", "Jane Smith", null, "Cybersecurity for Hospital Executives",
                "Executives", Instant.parse("2026-06-15T03:00:00Z"), BigDecimal.ONE, null, "Medical Cybersecurity Training Office",
                URI.create("https://lms.example.jp/verify/EXE-2026-000200"), CertificateStatus.VALID), CertificateTemplate.ENGLISH);
        savePng(en, "certificate-en-western");
        assertTrue(text(en).contains("Learning time 1 hour"), text(en));
    }

    @Test
    void aCharacterTheFontLacksFailsNamingItInsteadOfPrintingAWrongName() {
        CertificateDocument c = new CertificateDocument("EXE-2026-000124", "𠮷田 太郎", null, "研修", "経営者向け",
                Instant.now(), BigDecimal.ONE, null, "事務局", VERIFY, CertificateStatus.VALID);
        CertificateRenderingException e = assertThrows(CertificateRenderingException.class,
                () -> renderer.render(c, CertificateTemplate.JAPANESE));
        assertTrue(e.getMessage().contains("U+20BB7"), e.getMessage());
        assertTrue(e.getMessage().contains("EXE-2026-000124"), e.getMessage());
    }

    @Test
    void manyCertificatesMergeIntoOnePdfWithOnePagePerCertificate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = renderer.renderMerged(List.of(person("山田 花子", 1), person("佐藤 一郎", 2), person("鈴木 三郎", 3)),
                CertificateTemplate.JAPANESE, out);
        assertEquals(3, pages);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(3, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("佐藤 一郎") && second.contains("EXE-2026-000002"), second);
            assertFalse(second.contains("山田 花子"));
            Set<String> fontNames = new HashSet<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources()).forEach(f -> fontNames.add(f.getName()));
            }
            assertEquals(1, fontNames.size(), "the font is embedded once for all pages");
        }
    }

    @Test
    void aZipHoldsOnePdfPerCertificateUnderSafeUniqueNames() throws IOException {
        List<CertificateDocument> batch = new ArrayList<>(List.of(person("山田 花子", 1), person("佐藤 一郎", 2)));
        batch.add(withNumber(person("鈴木 三郎", 3), "../../etc/passwd"));
        batch.add(withNumber(person("高橋 四郎", 4), "EXE-2026-000001"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(4, renderer.renderZip(batch, CertificateTemplate.ENGLISH, out));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.put(entry.getName(), text(zip.readAllBytes()));
            }
        }
        assertEquals(List.of("EXE-2026-000001.pdf", "EXE-2026-000002.pdf", "etc_passwd.pdf", "EXE-2026-000001-2.pdf"), List.copyOf(names.keySet()));
        assertTrue(names.get("EXE-2026-000001-2.pdf").contains("高橋 四郎"));
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("EXE-2026-000123.pdf", CertificatePdfRenderer.fileName("EXE-2026-000123"));
        assertEquals("etc_passwd.pdf", CertificatePdfRenderer.fileName("../../etc/passwd"));
        assertEquals("certificate.pdf", CertificatePdfRenderer.fileName("修了証"));
        assertEquals("a_b_c.pdf", CertificatePdfRenderer.fileName("a\\b:c"));
    }

    @Test
    void aThousandCertificatesStreamWithoutBeingHeldInMemory() throws IOException {
        // The certificates are made on demand and the output is counted, not kept: if the renderer gathered the PDFs
        // (about 30 KB each) or parsed the 6 MB font per certificate in the heap, this would show in time and memory.
        Iterable<CertificateDocument> thousand = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < 1000;
            }

            @Override
            public CertificateDocument next() {
                return person("受講者 " + (++n), n);
            }
        };
        CountingStream zipped = new CountingStream();
        Runtime runtime = Runtime.getRuntime();
        long start = System.nanoTime();
        assertEquals(1000, renderer.renderZip(thousand, CertificateTemplate.JAPANESE, zipped));
        long zipMillis = (System.nanoTime() - start) / 1_000_000;
        CountingStream merged = new CountingStream();
        assertEquals(1000, renderer.renderMerged(thousand, CertificateTemplate.JAPANESE, merged));
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("1000 certificates: ZIP %d KB in %d ms; merged PDF %d KB; heap in use afterwards %d MB%n",
                zipped.count / 1024, zipMillis, merged.count / 1024, usedMb);
        assertTrue(zipped.count > 1000 * 10_000L, "each PDF is a real certificate");
        assertTrue(merged.count < zipped.count, "the merged PDF embeds the font once");
    }

    private static CertificateDocument person(String name, int n) {
        return new CertificateDocument(String.format("EXE-2026-%06d", n), name, null, "医療機関のサイバーセキュリティ対策（経営者向け）",
                "経営者向け", Instant.parse("2026-04-01T00:00:00Z"), BigDecimal.ONE, null, "医療機関サイバーセキュリティ研修 事務局",
                URI.create("https://lms.example.jp/verify/" + String.format("EXE-2026-%06d", n)), CertificateStatus.VALID);
    }

    private static CertificateDocument withNumber(CertificateDocument c, String number) {
        return new CertificateDocument(number, c.learnerName(), c.learnerNameKana(), c.courseTitle(), c.trackName(), c.completedAt(),
                c.hours(), c.expiresAt(), c.issuerName(), c.verificationUrl(), c.status());
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String glyphsInDrawingOrder(byte[] pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                glyphs.append(text.getUnicode());
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collector.getText(document);
        }
        return glyphs.toString();
    }

    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** Writes a PNG of the first page to target/certificate-samples, to look at the layout. */
    private static void savePng(byte[] pdf, String name) throws IOException {
        Files.createDirectories(SAMPLES);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", SAMPLES.resolve(name + ".png").toFile());
        }
        Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
