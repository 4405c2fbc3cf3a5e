package org.atalaya.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.tcas.Annotation;
import org.atalaya.model.Language;

/**
 * HeidelTime 2.2.1 (GPL-3.0, STACK-NOTES §3) run as a library: news document type, no part-of-speech
 * tagger (TreeTagger is not installed and cannot be downloaded, so HeidelTime falls back to its
 * all-languages tokenizer), configured in memory rather than from a config.props file, with every
 * resource read from its jar. It never touches the network.
 *
 * <p>Without tense, HeidelTime guesses the year of a date written without one (an article of May
 * about "el 3 de marzo" becomes the next March) and drags anchors across sentences; {@link
 * HeidelTimeReading} keeps what it is right about and leaves those choices to the project's rules.
 *
 * <p>Loading takes seconds (its rule files are compiled into regular expressions), so one tagger per
 * language is made on first use and shared. HeidelTime keeps state in static fields and in its
 * engine, so calls are serialised.
 */
public final class HeidelTimeTagger {
    /** Kept referenced: java.util.logging holds loggers weakly and would forget the levels set here. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("HeidelTimeStandalone"),
            Logger.getLogger("de.unihd.dbs"), Logger.getLogger(HeidelTimeStandalone.class.getName()));
    private static final Map<Language, HeidelTimeTagger> TAGGERS = new EnumMap<>(Language.class);

    private final Language language;
    private final HeidelTimeStandalone engine;
    private final long initMillis;

    private HeidelTimeTagger(Language language) {
        this.language = language;
        long start = System.nanoTime();
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
        synchronized (Config.class) {
            if (!Config.isInitialized()) {
                Config.setProps(properties());
            }
        }
        this.engine = new HeidelTimeStandalone(
                language == Language.ES ? de.unihd.dbs.uima.annotator.heideltime.resources.Language.SPANISH
                        : de.unihd.dbs.uima.annotator.heideltime.resources.Language.ENGLISH,
                DocumentType.NEWS, OutputType.TIMEML, null, POSTagger.NO);
        this.initMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The shared tagger of a language, loaded on first call. */
    public static HeidelTimeTagger of(Language language) {
        Objects.requireNonNull(language, "language");
        synchronized (TAGGERS) {
            return TAGGERS.computeIfAbsent(language, HeidelTimeTagger::new);
        }
    }

    public Language language() {
        return language;
    }

    /** Milliseconds the tagger took to load (for measurements). */
    public long initMillis() {
        return initMillis;
    }

    /**
     * The TIMEX3 of {@code text}, in text order, resolved against {@code documentDate}.
     *
     * @throws IllegalStateException when HeidelTime fails on the text (its message is kept)
     */
    public List<Timex> tag(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text");
        Date dct = Date.from(documentDate.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        List<Timex> out = new ArrayList<>();
        synchronized (engine) {
            try {
                engine.process(text, dct, jcas -> {
                    FSIterator<Annotation> it = jcas.getAnnotationIndex(Timex3.type).iterator();
                    while (it.hasNext()) {
                        Timex3 t = (Timex3) it.next();
                        out.add(new Timex(t.getBegin(), t.getEnd(), t.getCoveredText(), t.getTimexType(),
                                t.getTimexValue() == null ? "" : t.getTimexValue()));
                    }
                    return "";
                });
            } catch (DocumentCreationTimeMissingException e) {
                throw new IllegalStateException("HeidelTime refused the document date " + documentDate, e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The keys HeidelTime's standalone configuration reads (the config.props of its distribution).
     * Paths of the POS taggers it does not use point nowhere; the type system is a resource of its jar.
     */
    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty("considerDate", "true");
        p.setProperty("considerDuration", "true");
        p.setProperty("considerSet", "true");
        p.setProperty("considerTime", "true");
        p.setProperty("considerTemponym", "false");
        p.setProperty("treeTaggerHome", "/nonexistent-treetagger");
        for (String unused : List.of("chineseTokenizerPath", "sent_model_path", "word_model_path", "pos_model_path",
                "model_path", "config_path", "hunpos_path", "hunpos_model_name")) {
            p.setProperty(unused, "");
        }
        p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty("typeSystemHome_DKPro", "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty("uimaVarDate", "Date");
        p.setProperty("uimaVarDuration", "Duration");
        p.setProperty("uimaVarLanguage", "Language");
        p.setProperty("uimaVarSet", "Set");
        p.setProperty("uimaVarTime", "Time");
        p.setProperty("uimaVarTemponym", "Temponym");
        p.setProperty("uimaVarTypeToProcess", "Type");
        return p;
    }
}
