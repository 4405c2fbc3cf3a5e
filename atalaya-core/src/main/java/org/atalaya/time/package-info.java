/**
 * Time expressions in Spanish and English news: finding them ({@link org.atalaya.time.TemporalTagger#find}),
 * giving them a day ({@link org.atalaya.time.TemporalTagger#resolve}) and guessing an article's date from
 * its text ({@link org.atalaya.time.PublicationDateGuesser}).
 *
 * <p>Layout: {@code SpanishLexicon}/{@code EnglishLexicon} hold the words, {@code SpanishRules},
 * {@code SpanishPhrases}, {@code EnglishRules}, {@code EnglishPhrases} and {@code NumericRules} the
 * patterns, {@code DateResolver} the calendar choices. Expected behaviour is pinned by the table
 * {@code src/test/resources/org/atalaya/time/expressions.tsv}; add a row there for every fix.
 */
package org.atalaya.time;
