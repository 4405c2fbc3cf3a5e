package org.atalaya.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small helpers to write JSONL inputs and to look inside a store file in tests. */
final class Corpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Corpus() {
    }

    static String article(String id, String published, String text) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        n.put("text", text);
        n.put("published", published);
        n.put("lang", "es");
        n.put("url", "https://example.org/" + id);
        n.put("source", "EFE");
        return n.toString();
    }

    static Path jsonl(Path file, String... lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a query with no parameters on an open store; test-only, constant SQL. */
    static List<String> column(EventStore store, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = store.duplicate(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The same, over a closed store file (a fresh connection). */
    static List<String> column(Path storeFile, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + storeFile.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
