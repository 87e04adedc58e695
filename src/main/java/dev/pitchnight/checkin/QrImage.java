package dev.pitchnight.checkin;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG path that a template draws ({@code <path d="{qr.path}">}): one square
 * per dark module, with a quiet zone of four modules. Error correction level LOW keeps the
 * code at the lowest version the text allows (fewer, bigger modules scan best on a dim phone
 * screen at the door); the library may raise the level when that costs no extra size.
 */
public record QrImage(int size, String path) {

    private static final int QUIET_ZONE = 4;

    public static QrImage of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new QrImage(qr.size + 2 * QUIET_ZONE, path.toString());
    }

    /** Modules per side without the quiet zone (25 for version 2). */
    public int modules() {
        return size - 2 * QUIET_ZONE;
    }
}
