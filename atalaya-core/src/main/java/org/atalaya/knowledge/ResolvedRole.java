package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The actor code a person stands for on a given date. {@code role} is the row the code comes from
 * (the role in force, or for a former official the last role held); it is empty when the date
 * precedes every role. {@code reason} says in words why, citing the roles.tsv line.
 */
public record ResolvedRole(String code, String country, List<String> sectors, Optional<Role> role, String reason) {
    public ResolvedRole {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reason, "reason");
    }

    /** Splits a code such as {@code IGOEUREEC} into country {@code IGO} and sectors {@code [EUR, EEC]}. */
    static ResolvedRole of(String code, Optional<Role> role, String reason) {
        List<String> sectors = new ArrayList<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            sectors.add(code.substring(i, i + 3));
        }
        return new ResolvedRole(code, code.substring(0, 3), sectors, role, reason);
    }
}
