package org.atalaya.nlp;

/**
 * Maps CoreNLP's English Penn Treebank tags to UD parts of speech, so the coder reads one tag set in
 * both languages (the English tagger emits PTB tags; the Spanish one already emits UD tags).
 */
public final class PennToUniversal {
    private PennToUniversal() {
    }

    public static String upos(String ptb, String word) {
        if (ptb == null) {
            return "X";
        }
        return switch (ptb) {
            case "NN", "NNS" -> "NOUN";
            case "NNP", "NNPS" -> "PROPN";
            case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" -> isAuxiliary(word) ? "AUX" : "VERB";
            case "MD" -> "AUX";
            case "JJ", "JJR", "JJS" -> "ADJ";
            case "RB", "RBR", "RBS", "WRB" -> "ADV";
            case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
            case "DT", "PDT", "WDT" -> "DET";
            case "IN" -> "ADP";
            case "CC" -> "CCONJ";
            case "CD" -> "NUM";
            case "TO" -> "PART";
            case "RP", "POS" -> "PART";
            case "UH" -> "INTJ";
            case "SYM" -> "SYM";
            default -> "PUNCT";
        };
    }

    private static boolean isAuxiliary(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
                    "do", "does", "did", "'s", "'re", "'ve", "'d" -> true;
            default -> false;
        };
    }
}
