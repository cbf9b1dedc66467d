package dev.kei.migrate;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A migration file's bytes as text (strict UTF-8) and as the checksum its history row records. */
final class MigrationText {
    private MigrationText() {}

    /**
     * The file's text: strict UTF-8 (a Latin-1 byte would otherwise reach the database as U+FFFD), without a byte
     * order mark, which is no SQL.
     */
    static String decode(Path file, byte[] bytes) throws MigrateException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw MigrateException.usage(
                    String.format(
                            "Migration file %s is not valid UTF-8: byte 0x%02X at byte offset %d (line %d).",
                            file.getFileName(), bytes[at] & 0xff, at, line),
                    "Convert it to UTF-8 (from Latin-1: iconv -f latin1 -t utf-8 " + file.getFileName()
                            + " > x.sql && mv" + " x.sql " + file.getFileName() + "), then run the command again.");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The bytes the checksum is taken over: without a UTF-8 byte order mark and with CRLF line ends as LF, so that
     * an editor's re-save is no drift (as in Flyway); a plain LF file is returned as is, so that the checksums of
     * such files stay what history tables already hold.
     */
    private static byte[] normalised(byte[] bytes) {
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int from = bom ? 3 : 0;
        ByteArrayOutputStream out = null;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                if (out == null) {
                    out = new ByteArrayOutputStream(bytes.length);
                    out.write(bytes, from, i - from);
                }
                continue;
            }
            if (out != null) {
                out.write(bytes[i]);
            }
        }
        if (out != null) {
            return out.toByteArray();
        }
        return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /**
     * The checksum a history row records: the SHA-256 of the {@linkplain #normalised normalised} bytes, which for a
     * plain LF file without a byte order mark is the SHA-256 of its bytes.
     */
    static String checksum(byte[] bytes) {
        return sha256(normalised(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
