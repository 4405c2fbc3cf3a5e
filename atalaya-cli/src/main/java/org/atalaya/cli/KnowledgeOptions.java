package org.atalaya.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.atalaya.knowledge.petrarch.DictionaryWarning;
import org.atalaya.pipeline.Knowledge;
import picocli.CommandLine.Option;

/**
 * Where the coder's knowledge comes from: the built-in files, plus (or instead of) a directory of
 * PETRARCH/TABARI dictionaries, given on the command line or in a config file.
 */
final class KnowledgeOptions {
    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "PETRARCH/TABARI dictionaries (actors, agents, discards, verbs files) to add to the built-in knowledge.")
    Path dictionaries;

    @Option(names = "--replace-knowledge", description = "Use the --dictionaries actors and verbs instead of the built-in ones.")
    boolean replace;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file: dictionaries=DIR, replace_knowledge=true|false (command-line options win).")
    Path config;

    Knowledge load() {
        Path dir = dictionaries;
        boolean rep = replace;
        if (config != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --config " + config + ": " + e.getMessage());
            }
            if (dir == null && p.getProperty("dictionaries") != null) {
                dir = config.toAbsolutePath().getParent().resolve(p.getProperty("dictionaries").trim());
            }
            rep = rep || Boolean.parseBoolean(p.getProperty("replace_knowledge", "false").trim());
        }
        Knowledge k = Knowledge.builtIn();
        if (dir == null) {
            return k;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--dictionaries " + dir + " is not a directory");
        }
        k = k.withDictionaries(dir, rep);
        if (!k.warnings().isEmpty()) {
            System.err.printf("atalaya: %d warning(s) in %s (first ones below)%n", k.warnings().size(), dir);
            k.warnings().stream().limit(5).forEach(w -> System.err.println("  " + format(w)));
        }
        return k;
    }

    private static String format(DictionaryWarning w) {
        return w.file() + ":" + w.line() + ": " + w.message();
    }
}
