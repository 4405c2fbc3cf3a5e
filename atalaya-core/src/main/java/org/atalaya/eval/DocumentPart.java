package org.atalaya.eval;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part {@code k} of {@code n} of a gold file, chosen by document: a record belongs to part
 * {@code (md5(document id) mod n) + 1}. Whole documents go one way, so a pattern written from the
 * errors of one part is measured on sentences of other documents (a development / held-out split
 * that anyone can reproduce). The document id is the record id up to its last {@code _} — the
 * PETRARCH files name records {@code DOCUMENT_SENTENCE} ("AFP_SPA_19940611.0143_6.0"); an id without
 * one is its own document. MD5 is used because it is stable across JVMs and languages (the split is
 * the same as {@code int(md5(doc).hexdigest(), 16) % n} in Python), not for security.
 */
public record DocumentPart(int k, int n) {
    private static final Pattern SPEC = Pattern.compile("(\\d+)/(\\d+)");

    public DocumentPart {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("a part is K/N with 1 <= K <= N, not " + k + "/" + n);
        }
    }

    /** Parses "K/N", e.g. "1/2". */
    public static DocumentPart parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a part is written K/N (e.g. 1/2), not '" + spec + "'");
        }
        return new DocumentPart(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean contains(String recordId) {
        return partOf(recordId, n) == k;
    }

    /** The 1-based part of {@code n} that a record's document falls in. */
    public static int partOf(String recordId, int n) {
        int cut = recordId.lastIndexOf('_');
        String document = cut > 0 ? recordId.substring(0, cut) : recordId;
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(document.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).mod(BigInteger.valueOf(n)).intValue() + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
