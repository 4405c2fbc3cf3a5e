package org.atalaya.coding.petrarch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * PETRARCH-1's removal of comma-delimited clauses (check_commas), so that "Arnor is about to restore
 * ties with Gondor, five years after crowds burned its embassy, a senior official said" is coded on
 * its main clause. Counting words between commas (only words starting with a letter count): an
 * initial clause of {@code bmin..bmax} words, a final one of {@code emin..emax} words and each inner
 * one of {@code min..max} words lose every complete constituent inside them; a comma left with no
 * word before it (or after it, at the end) goes too. A limit of 0 for the maximum turns a kind off.
 * The positions are PETRARCH's, including its habit of continuing the inner scan from the old
 * position of the closing comma after a removal.
 */
final class CommaClauses {
    private CommaClauses() {
    }

    static void remove(List<Item> items, PetrarchOptions o) {
        if (index(items, 0) < 0) {
            return;
        }
        if (o.commaBMax() != 0) {
            int comma = index(items, 0);
            int n = count(items, 2, comma);
            if (n >= o.commaBMin() && n <= o.commaBMax()) {
                deletePhrases(items, 2, comma);
            }
        }
        if (o.commaEMax() != 0) {
            int end = findEnd(items);
            int ka = lastCommaBefore(items, end - 1);
            if (isComma(items, ka)) {
                int n = count(items, ka, items.size());
                if (n >= o.commaEMin() && n <= o.commaEMax()) {
                    deletePhrases(items, ka + 3, end);
                }
            }
        }
        if (o.commaMax() != 0) {
            int ka = index(items, 0);
            while (ka >= 0) {
                int kb = index(items, ka + 1);
                if (kb < 0) {
                    break;
                }
                int n = count(items, ka + 2, kb);
                if (n >= o.commaMin() && n <= o.commaMax()) {
                    deletePhrases(items, ka, kb);
                }
                ka = kb;
            }
        }
        int first = index(items, 0);
        if (first >= 0 && count(items, 2, first) == 0) {
            items.subList(first, Math.min(first + 3, items.size())).clear();
        }
        int end = findEnd(items);
        int ka = lastCommaBefore(items, end - 1);
        if (isComma(items, ka) && count(items, ka + 1, end) == 0) {
            items.subList(ka, Math.min(ka + 3, items.size())).clear();
        }
    }

    private static boolean isComma(List<Item> items, int k) {
        return k >= 0 && k < items.size() && items.get(k).isOpen(",");
    }

    /** First opening comma bracket at or after {@code from}, or -1. */
    private static int index(List<Item> items, int from) {
        for (int i = Math.max(0, from); i < items.size(); i++) {
            if (items.get(i).isOpen(",")) {
                return i;
            }
        }
        return -1;
    }

    private static int lastCommaBefore(List<Item> items, int from) {
        int ka = Math.min(from, items.size() - 1);
        while (ka >= 2 && !items.get(ka).isOpen(",")) {
            ka--;
        }
        return ka;
    }

    /** The opening bracket of the sentence's last word (its final punctuation, usually). */
    private static int findEnd(List<Item> items) {
        int ka = items.size() - 1;
        while (ka >= 2 && items.get(ka).kind() == Item.Kind.CLOSE) {
            ka--;
        }
        return ka - 1;
    }

    /** Words starting with a letter in {@code [lo, hi)}. */
    private static int count(List<Item> items, int lo, int hi) {
        int n = 0;
        for (int i = Math.max(0, lo); i < Math.min(hi, items.size()); i++) {
            Item it = items.get(i);
            if (it.isWord() && !it.word().isEmpty() && Character.isLetter(it.word().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** Removes every constituent that lies entirely inside {@code [lo, hi)}, innermost first. */
    static void deletePhrases(List<Item> items, int lo, int hi) {
        Deque<Item> closes = new ArrayDeque<>();
        for (int ka = Math.min(hi, items.size()) - 1; ka >= Math.max(lo, 0); ka--) {
            Item it = items.get(ka);
            if (it.kind() == Item.Kind.CLOSE) {
                closes.push(it);
            } else if (it.kind() == Item.Kind.OPEN && !closes.isEmpty() && closes.peek().id() == it.id()) {
                int end = ka + 1;
                while (end < items.size() && !(items.get(end).kind() == Item.Kind.CLOSE && items.get(end).id() == it.id())) {
                    end++;
                }
                items.subList(ka, Math.min(end + 1, items.size())).clear();
                closes.pop();
            }
        }
    }
}
