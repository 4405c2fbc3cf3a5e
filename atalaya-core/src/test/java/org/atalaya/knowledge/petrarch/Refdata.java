package org.atalaya.knowledge.petrarch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the shared reference data is: the parent pom passes {@code atalaya.shared} to surefire.
 * Tests that need it are skipped (not failed) when it is absent, e.g. in a bare clone.
 */
final class Refdata {
    private Refdata() {
    }

    static Path file(String relative) {
        String shared = System.getProperty("atalaya.shared", "../shared");
        Path root = Path.of(shared).resolve("refdata");
        assumeTrue(Files.isDirectory(root), "shared reference data not found at " + root);
        Path path = root.resolve(relative);
        assumeTrue(Files.exists(path), relative + " not found under " + root);
        return path;
    }

    static Map<String, Long> kinds(List<DictionaryWarning> warnings) {
        return warnings.stream().collect(Collectors.groupingBy(DictionaryWarning::kind, TreeMap::new,
                Collectors.counting()));
    }
}
