package org.atalaya.knowledge.petrarch;

/**
 * One physical line of a dictionary after comments were removed. {@code content} keeps its leading
 * whitespace, because in actor files a leading TAB is what marks a date-restriction line; trailing
 * whitespace is removed. {@code comment} is the text after {@code #} or {@code ;} (empty if none),
 * kept because verb patterns carry the verb they were found with in their comment.
 */
public record SourceLine(int number, String content, String comment) {

    public String trimmed() {
        return content.strip();
    }

    public boolean indented() {
        return !content.isEmpty() && Character.isWhitespace(content.charAt(0));
    }
}
