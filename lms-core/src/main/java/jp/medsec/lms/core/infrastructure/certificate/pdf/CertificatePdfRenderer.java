package jp.medsec.lms.core.infrastructure.certificate.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders completion certificates as PDF (PDFBox): one certificate, many merged into one PDF, or many as a ZIP of one
 * PDF each. Thread-safe: every call builds its own documents; the font file is read once.
 *
 * <p>Memory: merged and zipped output are written as they are built. A merged PDF keeps page contents in a temporary
 * file (PDFBox's stream cache), not on the heap; a ZIP holds one certificate at a time. So a thousand certificates need
 * no more heap than a few.
 *
 * <p>Text the embedded font cannot show (IPAex Gothic covers JIS X 0208 and more, but not every name kanji, e.g. 𠮷)
 * fails with a {@link CertificateRenderingException} naming the character, rather than printing a wrong name.
 */
public final class CertificatePdfRenderer {

    static final String FONT_RESOURCE = "/fonts/ipaexg.ttf";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    // A4 landscape, in points.
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float[] NAVY = {0.12f, 0.23f, 0.37f};
    private static final float[] GOLD = {0.70f, 0.57f, 0.28f};
    private static final float[] INK = {0.13f, 0.13f, 0.13f};
    private static final float[] MUTED = {0.40f, 0.40f, 0.42f};
    private static final float[] RED = {0.78f, 0.08f, 0.08f};
    private static final float QR_SIZE = 92;

    private final byte[] font;

    public CertificatePdfRenderer() {
        try (InputStream in = CertificatePdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The certificate font " + FONT_RESOURCE + " is missing from the class path");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate font " + FONT_RESOURCE, e);
        }
    }

    /** One certificate as a PDF of one page. */
    public byte[] render(CertificateDocument certificate, CertificateTemplate template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(certificate, template, out);
        return out.toByteArray();
    }

    /** One certificate, written to {@code out} (which is left open). */
    public void render(CertificateDocument certificate, CertificateTemplate template, OutputStream out) {
        render(certificate, template, out, null);
    }

    /** With {@code parsed} given, the font is not parsed again (a ZIP reuses one, sequentially: it is not thread-safe). */
    private void render(CertificateDocument certificate, CertificateTemplate template, OutputStream out, TrueTypeFont parsed) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(template, "template");
        try (PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = parsed == null ? loadFont(document) : PDType0Font.load(document, parsed, true);
            describe(document, certificate, template);
            addPage(document, pdfFont, certificate, template);
            document.save(new KeepOpen(out));
        } catch (IOException e) {
            throw new CertificateRenderingException("Cannot write the certificate " + certificate.certificateNumber(), e);
        }
    }

    /**
     * Many certificates as one PDF, one page each, in the given order (for printing a batch). The font is embedded once
     * for all pages. Returns the number of pages.
     */
    public int renderMerged(Iterable<CertificateDocument> certificates, CertificateTemplate template, OutputStream out) {
        Objects.requireNonNull(template, "template");
        // Page contents go to a temporary file rather than the heap: a batch can be thousands of pages.
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font pdfFont = loadFont(document);
            int pages = 0;
            for (CertificateDocument certificate : certificates) {
                addPage(document, pdfFont, certificate, template);
                pages++;
            }
            if (pages == 0) {
                throw new IllegalArgumentException("No certificates to merge");
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(template == CertificateTemplate.JAPANESE ? "修了証（" + pages + "件）" : "Certificates of Completion (" + pages + ")");
            info.setCreationDate(GregorianCalendar.from(Instant.now().atZone(JST)));
            document.getDocumentCatalog().setLanguage(template == CertificateTemplate.JAPANESE ? "ja-JP" : "en");
            document.save(new KeepOpen(out));
            return pages;
        } catch (IOException e) {
            throw new CertificateRenderingException("Cannot write the merged certificates", e);
        }
    }

    /**
     * Many certificates as a ZIP of one PDF each, named after the certificate number ({@link #fileName}); only one
     * certificate is in memory at a time. Returns the number of files.
     */
    public int renderZip(Iterable<CertificateDocument> certificates, CertificateTemplate template, OutputStream out) {
        Objects.requireNonNull(template, "template");
        Set<String> used = new HashSet<>();
        int files = 0;
        // Parsing the 6 MB font once for the whole ZIP, not per certificate, makes a batch about twice as fast.
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
            for (CertificateDocument certificate : certificates) {
                String name = unique(fileName(certificate.certificateNumber()), used);
                zip.putNextEntry(new ZipEntry(name));
                render(certificate, template, zip, parsed);
                zip.closeEntry();
                files++;
            }
            zip.finish();
            return files;
        } catch (IOException e) {
            throw new CertificateRenderingException("Cannot write the certificate ZIP", e);
        }
    }

    /**
     * A file name for a certificate number that is safe on every file system and in a ZIP: ASCII letters, digits,
     * {@code -}, {@code _} and {@code .} only, no leading dot, at most 100 characters, ending in {@code .pdf}.
     */
    public static String fileName(String certificateNumber) {
        String safe = certificateNumber == null ? "" : certificateNumber.strip().replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '_')) {
            safe = "certificate";
        }
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        return safe + ".pdf";
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name.substring(0, name.length() - 4) + "-" + n + ".pdf";
        }
        return candidate;
    }

    private PDType0Font loadFont(PDDocument document) throws IOException {
        // Embedded as a subset: only the glyphs used, so a certificate stays small (about 30 KB, not 6 MB).
        return PDType0Font.load(document, new RandomAccessReadBuffer(font), true, false); // (embedSubset, vertical)
    }

    private static void describe(PDDocument document, CertificateDocument c, CertificateTemplate template) {
        PDDocumentInformation info = document.getDocumentInformation();
        boolean ja = template == CertificateTemplate.JAPANESE;
        info.setTitle((ja ? "修了証 " : "Certificate of Completion ") + c.certificateNumber());
        info.setAuthor(c.issuerName());
        info.setSubject(c.courseTitle());
        Calendar created = GregorianCalendar.from(Instant.now().atZone(JST));
        created.setTimeZone(TimeZone.getTimeZone(JST));
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(ja ? "ja-JP" : "en");
    }

    private void addPage(PDDocument document, PDType0Font pdfFont, CertificateDocument c, CertificateTemplate template) throws IOException {
        Objects.requireNonNull(c, "certificate");
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            Painter p = new Painter(cs, pdfFont, c.certificateNumber());
            p.frame();
            if (template == CertificateTemplate.JAPANESE) {
                japanese(p, c);
            } else {
                english(p, c);
            }
            p.qr(c.verificationUrl().toString(), template == CertificateTemplate.JAPANESE ? "検証はこちら" : "Verify");
            if (c.status() != CertificateStatus.VALID) {
                p.watermark(c.status().watermark(template));
            }
        }
    }

    private static void japanese(Painter p, CertificateDocument c) throws IOException {
        p.textRight("証明書番号　" + c.certificateNumber(), W - 58, H - 62, 10, MUTED);
        p.centred("修　了　証", H - 128, 46, NAVY, true);
        p.centred("CERTIFICATE  OF  COMPLETION", H - 152, 10, GOLD, false);
        p.rule(W / 2 - 70, W / 2 + 70, H - 164, GOLD, 1.2f);

        c.optionalLearnerNameKana().ifPresent(kana -> p.uncheckedCentred(kana, H - 205, 12, MUTED));
        p.name(c.learnerName(), "様", H - 244, 32);

        p.centred("あなたは下記の研修課程を修了したことを証します。", H - 292, 13.5f, INK, false);
        float y = p.wrappedCentred("「" + c.courseTitle() + "」", H - 334, 19, NAVY, 640, true);
        p.centred("（" + c.trackName() + "）", y - 26, 12.5f, INK, false);

        List<String> details = new ArrayList<>();
        details.add("修了日　" + japaneseDate(c.completedAt()));
        details.add("学習時間　" + plain(c.hours()) + "時間");
        c.optionalExpiresAt().ifPresent(e -> details.add("有効期限　" + japaneseDate(e)));
        p.fittedCentred(String.join("　　", details), detailsBaseline(y - 26), 12, INK, 680);

        p.issuer("発行者", c.issuerName(),
                "本証は電子的に発行されました。右のQRコードから真正性を確認できます。",
                "検証URL　" + c.verificationUrl());
    }

    private static void english(Painter p, CertificateDocument c) throws IOException {
        p.textRight("Certificate No. " + c.certificateNumber(), W - 58, H - 62, 10, MUTED);
        p.centred("Certificate of Completion", H - 126, 38, NAVY, true);
        p.rule(W / 2 - 70, W / 2 + 70, H - 150, GOLD, 1.2f);

        p.centred("This is to certify that", H - 196, 13.5f, INK, false);
        p.name(c.learnerName(), null, H - 240, 32);
        c.optionalLearnerNameKana().ifPresent(kana -> p.uncheckedCentred(kana, H - 268, 11, MUTED));

        p.centred("has successfully completed the training course", H - 300, 13.5f, INK, false);
        float y = p.wrappedCentred(c.courseTitle(), H - 336, 19, NAVY, 640, true);
        p.centred("Track: " + c.trackName(), y - 26, 12.5f, INK, false);
        float detailsY = detailsBaseline(y - 26);

        List<String> details = new ArrayList<>();
        details.add("Completed " + englishDate(c.completedAt()));
        details.add("Learning time " + plain(c.hours()) + (c.hours().compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours"));
        c.optionalExpiresAt().ifPresent(e -> details.add("Valid until " + englishDate(e)));
        p.fittedCentred(String.join("     ", details), detailsY, 12, INK, 680);

        p.issuer("Issued by", c.issuerName(),
                "Issued electronically. Scan the QR code to verify that this certificate is authentic.",
                "Verification: " + c.verificationUrl());
    }

    /** The details line sits at a fixed height, or lower with a clear gap when a long course title took more lines. */
    private static float detailsBaseline(float trackBaseline) {
        return Math.min(190, trackBaseline - 36);
    }

    /** 2026年（令和8年）4月1日, in Japan Standard Time. */
    static String japaneseDate(Instant instant) {
        LocalDate date = instant.atZone(JST).toLocalDate();
        String era = DateTimeFormatter.ofPattern("GGGGy年", Locale.JAPAN).format(JapaneseDate.from(date));
        return date.getYear() + "年（" + era + "）" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1 April 2026 (JST). */
    static String englishDate(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).format(instant.atZone(JST)) + " (JST)";
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /** Drawing helpers for one page. Keeps the certificate number to name it in errors. */
    private static final class Painter {
        private final PDPageContentStream cs;
        private final PDType0Font font;
        private final String certificateNumber;

        Painter(PDPageContentStream cs, PDType0Font font, String certificateNumber) {
            this.cs = cs;
            this.font = font;
            this.certificateNumber = certificateNumber;
        }

        void frame() throws IOException {
            stroke(NAVY, 3.0f);
            cs.addRect(22, 22, W - 44, H - 44);
            cs.stroke();
            stroke(GOLD, 0.9f);
            cs.addRect(30, 30, W - 60, H - 60);
            cs.stroke();
            // Small gold squares in the inner corners, a traditional certificate touch.
            fill(GOLD);
            for (float[] corner : new float[][] {{30, 30}, {W - 30, 30}, {30, H - 30}, {W - 30, H - 30}}) {
                cs.addRect(corner[0] - 3.5f, corner[1] - 3.5f, 7, 7);
            }
            cs.fill();
        }

        void rule(float x1, float x2, float y, float[] colour, float width) throws IOException {
            stroke(colour, width);
            cs.moveTo(x1, y);
            cs.lineTo(x2, y);
            cs.stroke();
        }

        /** The learner's name, centred and shrunk to fit, with an optional honorific in a smaller size, underlined. */
        void name(String name, String honorific, float y, float size) throws IOException {
            float maxWidth = 560;
            float honorificSize = size * 0.62f;
            float gap = honorific == null ? 0 : size * 0.45f;
            float honorificWidth = honorific == null ? 0 : width(honorific, honorificSize);
            float nameSize = size;
            while (width(name, nameSize) + gap + honorificWidth > maxWidth && nameSize > 14) {
                nameSize -= 1;
            }
            float total = width(name, nameSize) + gap + honorificWidth;
            float x = (W - total) / 2;
            text(name, x, y, nameSize, INK, true);
            if (honorific != null) {
                text(honorific, x + width(name, nameSize) + gap, y, honorificSize, INK, false);
            }
            float line = Math.max(total + 60, 320);
            rule((W - line) / 2, (W + line) / 2, y - 12, MUTED, 0.6f);
        }

        void centred(String text, float y, float size, float[] colour, boolean bold) throws IOException {
            text(text, (W - width(text, size)) / 2, y, size, colour, bold);
        }

        /** For optional decorations (furigana): a character the font lacks must still fail clearly, so no swallowing. */
        void uncheckedCentred(String text, float y, float size, float[] colour) {
            try {
                centred(text, y, size, colour, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Centred, shrunk (down to 70 %) until it fits {@code maxWidth}. */
        void fittedCentred(String text, float y, float size, float[] colour, float maxWidth) throws IOException {
            float fitted = size;
            while (width(text, fitted) > maxWidth && fitted > size * 0.7f) {
                fitted -= 0.5f;
            }
            centred(text, y, fitted, colour, false);
        }

        /** Centred over as many lines as needed (at most three, then smaller); returns the last line's baseline. */
        float wrappedCentred(String text, float y, float size, float[] colour, float maxWidth, boolean bold) throws IOException {
            float fitted = size;
            List<String> lines = wrap(text, fitted, maxWidth);
            while (lines.size() > 2 && fitted > 13) {
                fitted -= 1;
                lines = wrap(text, fitted, maxWidth);
            }
            float baseline = y;
            for (int i = 0; i < lines.size(); i++) {
                baseline = y - i * fitted * 1.35f;
                centred(lines.get(i), baseline, fitted, colour, bold);
            }
            return baseline;
        }

        void textRight(String text, float right, float y, float size, float[] colour) throws IOException {
            text(text, right - width(text, size), y, size, colour, false);
        }

        void issuer(String label, String issuerName, String note, String url) throws IOException {
            float x = 64;
            float maxWidth = W - 64 - QR_SIZE - 110;
            text(label, x, 128, 9.5f, MUTED, false);
            float size = 16;
            while (width(issuerName, size) > maxWidth && size > 10) {
                size -= 0.5f;
            }
            text(issuerName, x, 106, size, INK, true);
            rule(x, x + Math.min(maxWidth, Math.max(width(issuerName, size), 260)), 98, MUTED, 0.5f);
            text(note, x, 80, fittedSize(note, 8.5f, maxWidth), MUTED, false);
            text(url, x, 64, fittedSize(url, 8.5f, maxWidth), MUTED, false);
        }

        /** The QR code as vector squares (sharp at any zoom or printer), bottom right, with a caption under it. */
        void qr(String url, String caption) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                        EncodeHintType.MARGIN, 0,
                        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                        EncodeHintType.CHARACTER_SET, "UTF-8"));
            } catch (WriterException | IllegalArgumentException e) {
                throw new CertificateRenderingException("Cannot encode the verification URL of " + certificateNumber + " as a QR code", e);
            }
            float x0 = W - 62 - QR_SIZE;
            float y0 = 66;
            float module = QR_SIZE / matrix.getWidth();
            // A white quiet zone of four modules: the gold frame must not touch the code, or scanners miss it.
            fill(new float[] {1, 1, 1});
            cs.addRect(x0 - 4 * module, y0 - 4 * module, QR_SIZE + 8 * module, QR_SIZE + 8 * module);
            cs.fill();
            fill(new float[] {0, 0, 0});
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        // Slightly larger than a module so neighbours merge without hairline gaps when rasterised.
                        cs.addRect(x0 + col * module, y0 + QR_SIZE - (row + 1) * module, module + 0.02f, module + 0.02f);
                    }
                }
            }
            cs.fill();
            float size = 9.5f;
            text(caption, x0 + (QR_SIZE - width(caption, size)) / 2, y0 - 16, size, NAVY, true);
        }

        void watermark(String text) throws IOException {
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.22f);
            translucent.setStrokingAlphaConstant(0.22f);
            cs.saveGraphicsState();
            cs.setGraphicsStateParameters(translucent);
            float size = 200;
            while (width(text, size) > W * 0.6f) {
                size -= 4;
            }
            cs.beginText();
            cs.setFont(font, size);
            fill(RED);
            Matrix m = Matrix.getRotateInstance(Math.toRadians(24), W / 2, H / 2);
            m.translate(-width(text, size) / 2, -size / 3);
            cs.setTextMatrix(m);
            show(text);
            cs.endText();
            cs.restoreGraphicsState();
        }

        private List<String> wrap(String text, float size, float maxWidth) throws IOException {
            try {
                return CertificatePdfRenderer.wrap(text, size, maxWidth, font);
            } catch (IllegalArgumentException e) {
                throw missingGlyph(text, e);
            }
        }

        private float fittedSize(String text, float size, float maxWidth) throws IOException {
            float fitted = size;
            while (width(text, fitted) > maxWidth && fitted > 5.5f) {
                fitted -= 0.25f;
            }
            return fitted;
        }

        private void text(String text, float x, float y, float size, float[] colour, boolean bold) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            fill(colour);
            if (bold) {
                // IPAex Gothic has one weight; a thin outline of the same colour gives the heavier look of a title.
                stroke(colour, size / 36);
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.newLineAtOffset(x, y);
            show(text);
            cs.endText();
        }

        private void show(String text) throws IOException {
            try {
                cs.showText(text);
            } catch (IllegalArgumentException e) {
                throw missingGlyph(text, e);
            }
        }

        private float width(String text, float size) throws IOException {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IllegalArgumentException e) {
                throw missingGlyph(text, e);
            }
        }

        private CertificateRenderingException missingGlyph(String text, IllegalArgumentException e) {
            String missing = text.codePoints()
                    .filter(cp -> !hasGlyph(cp))
                    .mapToObj(cp -> new String(Character.toChars(cp)) + String.format(" (U+%04X)", cp))
                    .distinct().reduce((a, b) -> a + ", " + b).orElse("?");
            return new CertificateRenderingException("The certificate " + certificateNumber + " contains " + missing
                    + ", which the embedded font IPAex Gothic cannot show; enter the name with a character it has, or extend the font", e);
        }

        private boolean hasGlyph(int codePoint) {
            try {
                return font.hasGlyph(codePoint);
            } catch (IOException e) {
                return false;
            }
        }

        private void fill(float[] rgb) throws IOException {
            cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }

        private void stroke(float[] rgb, float width) throws IOException {
            cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            cs.setLineWidth(width);
        }
    }

    /** Lets PDFBox "close" what it writes to without closing the caller's stream (a servlet's or a ZIP entry's). */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Greedy line breaking: at spaces for Latin text, anywhere between CJK characters (as Japanese typesetting does). */
    private static List<String> wrap(String text, float size, float maxWidth, PDType0Font font) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastBreak = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            line.append(ch);
            if (cp == ' ' || Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                lastBreak = line.length();
            }
            if (font.getStringWidth(line.toString()) / 1000 * size > maxWidth && line.length() > 1) {
                int cut = lastBreak > 0 && lastBreak < line.length() ? lastBreak : line.length() - ch.length();
                // Japanese rule (kinsoku): no closing bracket or punctuation at the start of a line.
                String rest = line.substring(cut);
                while (!rest.isEmpty() && "」）。、・".indexOf(rest.charAt(0)) >= 0 && cut > 1) {
                    cut--;
                    rest = line.substring(cut);
                }
                lines.add(line.substring(0, cut).strip());
                line = new StringBuilder(rest.stripLeading());
                lastBreak = -1;
            }
            i += Character.charCount(cp);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
