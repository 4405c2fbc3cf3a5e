package org.atalaya.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.atalaya.model.Language;
import org.atalaya.model.Span;

/**
 * Stanford CoreNLP 4.5.x behind {@link NlpBackend}, in two stages so that only sentences that can
 * carry an event pay for NER and the dependency parse (about 90 % of CoreNLP's time, STACK-NOTES §1):
 * stage one tokenizes, splits (a newline always ends a sentence, or headlines glue onto the first
 * sentence and wreck its parse) and tags POS; stage two runs NER and the UD parser on the chosen
 * sentences. NER is the CRF model alone: SUTime, numeric and fine-grained classifiers cost more than
 * the CRF and Atalaya resolves dates and names with its own rules and dictionaries. When a caller
 * asks for constituency trees (the PETRARCH-1 pattern coder reads them), stage two runs CoreNLP's
 * PCFG parser instead of the dependency parser; its UD dependencies are then converted from the tree.
 */
public final class CoreNlpBackend implements NlpBackend {
    /** Longest piece of text handed to CoreNLP at once (see {@link #chunkEnd}). */
    static final int CHUNK_CHARS = 20_000;

    private final Language language;
    private final StanfordCoreNLP tagging;
    private final StanfordCoreNLP parsing;
    private final Properties base;
    /** Stage two with the constituency parser, loaded on the first request for trees. */
    private StanfordCoreNLP treeParsing;
    private final Lemmatizer lemmatizer;
    /** Longest sentence, in tokens, given to the PCFG parser (its cost is cubic in the length). */
    static final int TREE_MAX_TOKENS = 100;

    /** Turns a token into its lemma; Spanish uses the LanguageTool dictionary, English CoreNLP's Morpha. */
    private interface Lemmatizer {
        Analysis analyse(CoreLabel token, String upos);
    }

    private record Analysis(String lemma, String feats) {
    }

    public CoreNlpBackend(Language language) {
        this.language = language;
        this.base = language == Language.ES ? spanish() : english();
        Properties first = new Properties();
        first.putAll(base);
        first.setProperty("annotators", language == Language.ES ? "tokenize,ssplit,mwt,pos" : "tokenize,ssplit,pos,lemma");
        this.tagging = new StanfordCoreNLP(first);
        Properties second = new Properties();
        second.putAll(base);
        second.setProperty("annotators", "ner,depparse");
        this.parsing = new StanfordCoreNLP(second, false);
        if (language == Language.ES) {
            SpanishLemmatizer spanish = new SpanishLemmatizer();
            this.lemmatizer = (token, upos) -> spanish.analyse(token.word(), upos)
                    .map(a -> new Analysis(upos.equals("PROPN") ? token.word() : a.lemma(), a.tag()))
                    .orElse(new Analysis(upos.equals("PROPN") ? token.word() : token.word().toLowerCase(Locale.ROOT), "_"));
        } else {
            this.lemmatizer = (token, upos) -> new Analysis(
                    token.lemma() == null ? token.word().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT),
                    token.tag());
        }
    }

    private static Properties spanish() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "es");
        p.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/spanish/spanish-mwt.tsv");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz");
        p.setProperty("ner.language", "es");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_Spanish.gz");
        p.setProperty("depparse.language", "spanish");
        common(p);
        return p;
    }

    private static Properties english() {
        Properties p = new Properties();
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        common(p);
        return p;
    }

    private static void common(Properties p) {
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("tokenize.options", "invertible=true");
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public AnnotatedText annotate(String text, Predicate<List<Token>> needsParse) {
        return annotate(text, needsParse, false);
    }

    @Override
    public AnnotatedText annotate(String text, Predicate<List<Token>> needsParse, boolean trees) {
        StanfordCoreNLP second = trees ? treeParser() : parsing;
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = chunkEnd(text, from);
            annotateChunk(text, from, to, needsParse, second, trees, sentences);
            from = to;
        }
        return new AnnotatedText(text, language, sentences);
    }

    private synchronized StanfordCoreNLP treeParser() {
        if (treeParsing == null) {
            Properties p = new Properties();
            p.putAll(base);
            p.setProperty("annotators", "ner,parse");
            p.setProperty("parse.maxlen", Integer.toString(TREE_MAX_TOKENS));
            treeParsing = new StanfordCoreNLP(p, false);
        }
        return treeParsing;
    }

    /**
     * CoreNLP holds a whole document's annotations at once; a multi-megabyte article would need
     * gigabytes. Long texts are annotated in chunks cut at a paragraph (else sentence) boundary, so
     * memory stays bounded by the chunk, whatever the article's size.
     */
    private static int chunkEnd(String text, int from) {
        if (text.length() - from <= CHUNK_CHARS) {
            return text.length();
        }
        int limit = from + CHUNK_CHARS;
        int cut = text.lastIndexOf('\n', limit);
        if (cut <= from) {
            cut = text.lastIndexOf(". ", limit);
            cut = cut <= from ? limit : cut + 1;
        }
        return cut + (cut < text.length() && text.charAt(cut) == '\n' ? 1 : 0);
    }

    private void annotateChunk(String text, int from, int to, Predicate<List<Token>> needsParse,
                               StanfordCoreNLP second, boolean trees, List<Sentence> out) {
        Annotation document = new Annotation(ShoutedLines.lower(text.substring(from, to)));
        tagging.annotate(document);
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokensPerSentence = new ArrayList<>();
        List<CoreMap> chosen = new ArrayList<>();
        boolean[] parse = new boolean[coreSentences.size()];
        for (int i = 0; i < coreSentences.size(); i++) {
            List<Token> tokens = tokens(coreSentences.get(i), from, text);
            tokensPerSentence.add(tokens);
            parse[i] = needsParse.test(tokens);
            if (parse[i]) {
                chosen.add(coreSentences.get(i));
            }
        }
        if (!chosen.isEmpty()) {
            Annotation subset = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
            subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            List<CoreLabel> subsetTokens = new ArrayList<>();
            chosen.forEach(s -> subsetTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
            subset.set(CoreAnnotations.TokensAnnotation.class, subsetTokens);
            second.annotate(subset);
        }
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            int begin = from + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = from + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Token> tokens = parse[i] ? withNer(tokensPerSentence.get(i), s) : tokensPerSentence.get(i);
            Optional<PennTree> tree = parse[i] && trees ? tree(s) : Optional.empty();
            out.add(new Sentence(out.size(), new Span(begin, end), text.substring(begin, end), tokens,
                    parse[i] ? dependencies(s) : List.of(), parse[i], tree));
        }
    }

    private List<Token> tokens(CoreMap sentence, int offset, String text) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            String upos = language == Language.ES ? t.tag() : PennToUniversal.upos(t.tag(), t.word());
            Analysis a = lemmatizer.analyse(t, upos);
            Span span = new Span(offset + t.beginPosition(), offset + Math.max(t.beginPosition(), t.endPosition()));
            tokens.add(new Token(i, surface(t.word(), text, span), a.lemma(), upos, "O", a.feats(), span));
        }
        return tokens;
    }

    /** The word as written: a shouted headline was lower-cased for the tagger only (ShoutedLines). */
    private static String surface(String word, String text, Span span) {
        String written = text.substring(span.begin(), span.end());
        return written.length() == word.length() && written.equalsIgnoreCase(word) ? written : word;
    }

    private static List<Token> withNer(List<Token> tokens, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String ner = labels.get(i).ner();
            out.add(new Token(t.index(), t.word(), t.lemma(), t.upos(), ner == null ? "O" : ner, t.feats(), t.span()));
        }
        return out;
    }

    /** The sentence's constituency tree, when the parser gave one whose leaves are its tokens. */
    private static Optional<PennTree> tree(CoreMap sentence) {
        Tree t = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
        int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        if (t == null || t.getLeaves().size() != tokens) {
            return Optional.empty();
        }
        int[] next = {0};
        return Optional.of(toPenn(t, next));
    }

    private static PennTree toPenn(Tree t, int[] next) {
        if (t.isLeaf()) {
            return PennTree.leaf(t.value(), next[0]++);
        }
        List<PennTree> kids = new ArrayList<>();
        for (Tree c : t.children()) {
            kids.add(toPenn(c, next));
        }
        return PennTree.node(t.value(), kids);
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        graph.getRoots().forEach(r -> deps.add(new Dependency(-1, r.index() - 1, "root")));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return deps;
    }
}
