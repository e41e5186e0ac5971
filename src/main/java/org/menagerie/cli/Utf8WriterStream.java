package org.menagerie.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lets a dataset writer, which writes UTF-8 bytes, print to the command's own stdout writer (which tests replace).
 * A character split across two writes is held back until its last byte arrives.
 */
final class Utf8WriterStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    Utf8WriterStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, false);
                chars.flip();
                out.write(chars.array(), 0, chars.limit());
                chars.clear();
            } while (result.isOverflow());
            bytes.compact();
        }
    }

    @Override
    public void flush() {
        out.flush();
    }
}
