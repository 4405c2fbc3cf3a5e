package org.atalaya.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines ({@code \n}, with a trailing {@code \r} removed) without decoding
 * them, so that one line of bad UTF-8 can be reported and the next one still read. A line longer
 * than {@code maxBytes} is not kept in memory: only its length is counted, so a 1 GB line costs a
 * few kilobytes.
 */
final class ByteLineReader implements Closeable {
    private static final byte[] NONE = new byte[0];

    /** One physical line; {@code overLong} lines carry no bytes, only their {@code length}. */
    record Line(long number, byte[] bytes, long length, boolean overLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNo;
    private boolean eof;

    ByteLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or empty at the end of the stream. */
    Optional<Line> next() throws IOException {
        if (eof && pos >= limit) {
            return Optional.empty();
        }
        byte[] line = new byte[256];
        int size = 0;
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!sawAny) {
                    return Optional.empty();
                }
                break;
            }
            sawAny = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? limit : nl;
            int chunk = end - start;
            if (length + chunk <= maxBytes) {
                if (size + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, size + chunk));
                }
                System.arraycopy(buffer, start, line, size, chunk);
                size += chunk;
            }
            length += chunk;
            pos = nl < 0 ? limit : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        lineNo++;
        if (length > maxBytes) {
            return Optional.of(new Line(lineNo, NONE, length, true));
        }
        if (size > 0 && line[size - 1] == '\r') {
            size--;
        }
        int from = 0;
        if (lineNo == 1 && size >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF) {
            from = 3; // a UTF-8 byte order mark is not part of the first record
        }
        return Optional.of(new Line(lineNo, Arrays.copyOfRange(line, from, size), length, false));
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
