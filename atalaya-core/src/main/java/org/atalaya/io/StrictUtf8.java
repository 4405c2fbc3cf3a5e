package org.atalaya.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 refusing malformed input instead of replacing it with U+FFFD: a replaced byte would
 * silently change the text, its length and therefore every span computed on it.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** Thrown with the byte offset of the first invalid sequence. */
    static final class DecodeException extends Exception {
        private final int offset;

        DecodeException(int offset) {
            super("invalid UTF-8 at byte " + offset, null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    static String decode(byte[] bytes, int length) throws DecodeException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new DecodeException(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new DecodeException(in.position());
        }
        return out.flip().toString();
    }
}
