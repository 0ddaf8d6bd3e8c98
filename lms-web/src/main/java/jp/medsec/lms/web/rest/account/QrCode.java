package jp.medsec.lms.web.rest.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code as rows of '1' (dark) and '0' (light), quiet zone included. The page draws it with SVG elements it
 * builds itself, so no markup or image travels from the server and the CSP stays strict.
 */
final class QrCode {

    private QrCode() {
    }

    static List<String> rows(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            List<String> rows = new ArrayList<>(m.getHeight());
            for (int y = 0; y < m.getHeight(); y++) {
                StringBuilder row = new StringBuilder(m.getWidth());
                for (int x = 0; x < m.getWidth(); x++) {
                    row.append(m.get(x, y) ? '1' : '0');
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
