package org.atalaya.knowledge.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * A synonym set of a verb dictionary ({@code &CURRENCY} followed by {@code +DOLLARS}, {@code +EUROS}, …),
 * usable in patterns wherever a word is. {@code name} keeps the {@code &} and drops a trailing
 * {@code _}, which instead sets {@code noPlurals}: PETRARCH then adds no plurals to the members
 * (otherwise it adds S/ES/IES to every member that does not itself end in {@code _}).
 */
public record PetrarchSynset(String name, boolean noPlurals, List<PetrarchPhrase> members, String file, int line) {
    public PetrarchSynset {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        Objects.requireNonNull(file, "file");
    }
}
