package org.atalaya.knowledge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a person and an event date into an actor code, so that "Pashinyan" is ARMGOV in 2021 and
 * not in 2015.
 * <ul>
 *   <li>A role in force on the date gives its code. If several are (a handover day, or offices with
 *   different codes), the first in file order wins; roles.tsv lists heads of state and government
 *   before ministries for that reason.</li>
 *   <li>After a role has ended, and no role is in force, the person is a former official: country +
 *   {@code ELI}, the Phoenix convention, with the most recently ended role as the reason. The country
 *   is that of the last national role when there is one (a former UN Secretary-General who was
 *   prime minister of Portugal is PRTELI); only people who held nothing but IGO posts get IGOELI.</li>
 *   <li>Before the first role the person is coded with the bare country of that first role: we know
 *   the nationality but not yet any office, and the bare country is what a plain citizen gets.</li>
 * </ul>
 * An unknown person id gives an empty result.
 */
public final class RoleResolver {
    private final PeopleFile file;

    public RoleResolver(PeopleFile file) {
        this.file = file;
    }

    public Optional<ResolvedRole> resolve(String personId, LocalDate date) {
        List<Role> roles = file.rolesOf(personId);
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        Optional<Role> current = roles.stream().filter(r -> r.covers(date)).findFirst();
        if (current.isPresent()) {
            Role role = current.get();
            return Optional.of(ResolvedRole.of(role.code(), current, role.role() + " (" + role.ref() + ")"));
        }
        Optional<Role> lastEnded = latestEnded(roles.stream().filter(r -> r.endedBefore(date)).toList());
        if (lastEnded.isPresent()) {
            Role last = lastEnded.get();
            String country = latestEnded(roles.stream()
                    .filter(r -> r.endedBefore(date) && !isInternational(r)).toList())
                    .map(Role::country).orElse(last.country());
            return Optional.of(ResolvedRole.of(country + "ELI", lastEnded,
                    "former " + last.role() + " until " + last.end().orElseThrow() + " (" + last.ref() + ")"));
        }
        Role first = roles.stream().min(Comparator.comparing(Role::start)).orElseThrow();
        return Optional.of(ResolvedRole.of(first.country(), Optional.empty(),
                "before the first role, " + first.role() + " from " + first.start() + " (" + first.ref() + ")"));
    }

    private static Optional<Role> latestEnded(List<Role> ended) {
        return ended.stream().max(Comparator.comparing(r -> r.end().orElseThrow()));
    }

    private static boolean isInternational(Role role) {
        return role.country().equals("IGO") || role.country().equals("NGO");
    }
}
