package org.atalaya.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One name Atalaya knows, with what it contributes to an actor code. A country name gives a country,
 * a capital the country's government, a demonym the country of the noun it modifies, a sector noun a
 * sector, a person a dated role (resolved on the event's date), an international body its IGO code.
 */
public record ActorEntry(Kind kind, String code, Optional<String> country, List<String> sectors, String name,
                         Optional<String> personId, String ref) {

    public enum Kind { COUNTRY, CAPITAL, DEMONYM, IGO, PERSON, SECTOR }

    public ActorEntry {
        sectors = List.copyOf(sectors);
    }
}
