package org.atalaya.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.atalaya.model.Article;

/**
 * The content key of an article: SHA-256 over its id, text and metadata (everything the coder may
 * read), but not its origin, so moving or renaming an input file does not make it "changed".
 */
public final class ArticleHash {
    private ArticleHash() {
    }

    public static String of(Article a) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        field(sha, Optional.of(a.id()));
        field(sha, Optional.of(a.text()));
        field(sha, a.title());
        field(sha, a.published().map(Object::toString));
        field(sha, a.language().map(l -> l.code()));
        field(sha, a.url());
        field(sha, a.source());
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** Length-prefixed, with absent distinct from empty, so no two field lists give the same bytes. */
    private static void field(MessageDigest sha, Optional<String> value) {
        if (value.isEmpty()) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.get().getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(HexFormat.of().formatHex(new byte[] {
            (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length})
                .getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
