package org.atalaya.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atalaya.coding.Party;
import org.atalaya.knowledge.ResolvedRole;
import org.atalaya.knowledge.RoleResolver;
import org.atalaya.model.ActorRef;

/**
 * Turns a party read from the parse into its CAMEO/Phoenix code on the event's date: a known
 * person takes the role held that day (Pashinyan is ARMGOV in 2021, not in 2015), a body its IGO
 * code, otherwise country + sectors, and "---" + sector when the country is unknown.
 */
final class ActorCoder {
    private final RoleResolver roles;

    ActorCoder(RoleResolver roles) {
        this.roles = roles;
    }

    ActorRef code(Party p, LocalDate date, String text) {
        List<String> rules = new ArrayList<>(p.rules());
        Optional<String> country = p.country();
        Set<String> sectors = new LinkedHashSet<>(p.sectors());
        String code;
        if (p.personId().isPresent()) {
            Optional<ResolvedRole> role = roles.resolve(p.personId().get(), date);
            if (role.isPresent()) {
                ResolvedRole r = role.get();
                r.role().ifPresent(x -> rules.add(x.ref()));
                String rc = r.code();
                if (rc.startsWith("IGO")) {
                    return new ActorRef(rc, Optional.empty(), List.of(), p.name(), text, p.span(), rules);
                }
                country = Optional.of(r.country());
                sectors = new LinkedHashSet<>(r.sectors());
                code = r.country() + String.join("", sectors);
                return new ActorRef(code, country, List.copyOf(sectors), p.name(), text, p.span(), rules);
            }
        }
        if (p.igo().isPresent()) {
            return new ActorRef(p.igo().get(), Optional.empty(), List.of(), p.name(), text, p.span(), rules);
        }
        code = country.orElse("---") + String.join("", sectors);
        return new ActorRef(code, country, List.copyOf(sectors), p.name(), text, p.span(), rules);
    }
}
