package fr.caleol.base.csv;

import fr.caleol.base.errors.BusinessException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The text of an uploaded CSV file, whichever encoding the landlord's spreadsheet saved it in: UTF-8 (with or
 * without its BOM), or else Windows-1252, what Excel's plain "CSV" writes on a French Windows. A file that is neither
 * is refused with the position of its first invalid byte, never decoded with replacement characters. The one way
 * CALEOL reads the bytes of a CSV file.
 */
public final class CsvText {

    /** What a file's bytes were read as. */
    public record Decoded(String text, Charset charset) {}

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {}

    /**
     * Decodes the file's bytes.
     *
     * @throws BusinessException {@code import.error.encoding} with the 1-based position and the hexadecimal value of
     *     the first byte that is neither UTF-8 nor Windows-1252
     */
    public static Decoded decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        try {
            return new Decoded(strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start,
                    bytes.length - start)).toString(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            if (bom) {
                throw refusal(bytes, StandardCharsets.UTF_8, start);
            }
        }
        try {
            return new Decoded(strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString(), WINDOWS_1252);
        } catch (CharacterCodingException neither) {
            throw refusal(bytes, WINDOWS_1252, 0);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Finds the first byte the charset cannot read, by decoding byte after byte from where the file starts. */
    private static BusinessException refusal(byte[] bytes, Charset charset, int start) {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        int position = result.isError() ? in.position() : bytes.length - 1;
        return new BusinessException("import.error.encoding", position + 1,
                "0x" + HexFormat.of().withUpperCase().toHexDigits(bytes[Math.min(position, bytes.length - 1)]));
    }
}
