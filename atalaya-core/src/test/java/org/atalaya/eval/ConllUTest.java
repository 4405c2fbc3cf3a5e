package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.atalaya.model.Language;
import org.atalaya.model.Span;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.nlp.Dependency;
import org.atalaya.nlp.Sentence;
import org.atalaya.nlp.Token;
import org.junit.jupiter.api.Test;

class ConllUTest {
    private static GoldSentence record(GoldSet gold, String id) {
        return gold.sentences().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void spanishRecordBecomesOneParsedSentenceAlignedToTheAccentedText() throws IOException {
        GoldSentence s = record(GoldReader.read(Refdata.file(Refdata.SPANISH)), "AFP_SPA_19940611.0143_6.0");
        AnnotatedText a = ConllU.annotate(s, Language.ES).orElseThrow();
        assertThat(a.text()).isEqualTo(s.text());
        assertThat(a.language()).isEqualTo(Language.ES);
        assertThat(a.sentences()).hasSize(1);
        Sentence sentence = a.sentences().get(0);
        assertThat(sentence.parsed()).isTrue();
        assertThat(sentence.span()).isEqualTo(new Span(0, s.text().length()));
        Token catolica = sentence.tokens().get(3);
        // the parse is de-accented, the text is not: the span still finds the accented word
        assertThat(catolica.word()).isEqualTo("Catolica");
        assertThat(catolica.span().of(s.text())).isEqualTo("Católica");
        Token tomo = sentence.tokens().get(4);
        assertThat(tomo).isEqualTo(new Token(4, "tomó", "tomar", "VERB", "O",
                "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", tomo.span()));
        assertThat(tomo.span().of(s.text())).isEqualTo("tomó");
        assertThat(sentence.dependencies()).contains(new Dependency(-1, 4, "root"), new Dependency(4, 2, "nsubj"),
                new Dependency(2, 3, "flat"));
        assertThat(sentence.dependencies()).hasSameSizeAs(sentence.tokens());
        assertThat(sentence.tokens()).allMatch(t -> t.span().length() > 0);
    }

    @Test
    void multiwordTokenLinesAreSkippedButTheirPartsKept() throws IOException {
        GoldSentence s = record(GoldReader.read(Refdata.file(Refdata.SPANISH)), "AFP_SPA_19940830.0090_8.0");
        Sentence sentence = ConllU.parse(s.conllu().orElseThrow(), s.text()).sentences().get(0);
        List<String> words = sentence.tokens().stream().map(Token::word).toList();
        assertThat(words).containsSubsequence("podria", "presentar", "se", "una").doesNotContain("presentarse");
        Token presentar = sentence.tokens().get(words.indexOf("presentar"));
        Token se = sentence.tokens().get(words.indexOf("presentar") + 1);
        assertThat(presentar.span().of(s.text())).isEqualTo("presentar");
        assertThat(se.span().of(s.text())).isEqualTo("se");
        assertThat(presentar.index() + 1).isEqualTo(se.index());
        // "se" (id 16) hangs on "presentar" (id 15): 0-based heads
        assertThat(sentence.dependencies()).contains(new Dependency(presentar.index(), se.index(), "obj"));
    }

    @Test
    void everyParsedRecordOfTheSpanishSetAligns() throws IOException {
        GoldSet gold = GoldReader.read(Refdata.file(Refdata.SPANISH));
        int tokens = 0;
        int unaligned = 0;
        for (GoldSentence s : gold.sentences()) {
            ConllU.Parsed p = ConllU.parse(s.conllu().orElseThrow(), s.text());
            tokens += p.tokens();
            unaligned += p.unalignedTokens();
        }
        assertThat(tokens).isEqualTo(43_061);
        assertThat(unaligned).isZero();
    }

    @Test
    void blankLinesAndRestartingIdsStartNewSentencesAndOddTokensDoNotShiftTheRest() {
        String text = "Arnor met Gondor. Then Gondor left.";
        String block = String.join("\n",
                "# sent_id = 1",
                "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
                "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
                "3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No",
                "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
                "",
                "1\tThen\tthen\tADV\tRB\t_\t3\tadvmod\t_\t_",
                "2\tXYZZY\t_\tNOUN\tNN\t_\t3\tnsubj\t_\t_",
                "2.1\tghost\t_\t_\t_\t_\t_\t_\t_\t_",
                "3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_");
        ConllU.Parsed p = ConllU.parse(block, text);
        assertThat(p.sentences()).hasSize(2);
        assertThat(p.tokens()).isEqualTo(7);
        assertThat(p.unalignedTokens()).isEqualTo(1);
        Sentence second = p.sentences().get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.tokens().get(1).lemma()).isEqualTo("XYZZY"); // "_" lemma falls back to the word
        assertThat(second.tokens().get(2).span().of(text)).isEqualTo("left");
        assertThat(p.sentences().get(0).text()).isEqualTo("Arnor met Gondor.");
        assertThat(ConllU.surfaceText(block)).isEqualTo("Arnor met Gondor. Then XYZZY left");
    }
}
