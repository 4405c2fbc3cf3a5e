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
import org.atalaya.knowledge.petrarch.DatedCode;
import org.atalaya.model.ActorRef;

/**
 * Turns a party read from the parse into its CAMEO/Phoenix code on the event's date: a known
 * person takes the role held that day (Pashinyan is ARMGOV in 2021, not in 2015), a body its IGO
 * code, otherwise country + sectors, and "---" + sector when the country is unknown.
 */
final class ActorCoder {
    private final RoleResolver roles;
    private final java.util.function.Function<String, List<DatedCode>> dated;

    ActorCoder(RoleResolver roles) {
        this(roles, id -> List.of());
    }

    ActorCoder(RoleResolver roles, java.util.function.Function<String, List<DatedCode>> dated) {
        this.roles = roles;
        this.dated = dated;
    }

    /** A user-dictionary actor: the code valid on the date, else its undated default, else its first. */
    private Optional<ActorRef> datedCode(Party p, LocalDate date, String text, List<String> rules) {
        List<DatedCode> codes = dated.apply(p.personId().get());
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        String code = codes.stream().filter(c -> !c.isDefault() && c.appliesOn(date)).findFirst()
                .or(() -> codes.stream().filter(DatedCode::isDefault).findFirst())
                .orElse(codes.get(0)).code();
        if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC")) {
            return Optional.of(new ActorRef(code, Optional.empty(), List.of(), p.name(), text, p.span(), rules));
        }
        Optional<String> country = code.length() >= 3 && !code.startsWith("---") ? Optional.of(code.substring(0, 3)) : Optional.empty();
        List<String> sectors = new java.util.ArrayList<>(PetrarchImport.chunks(code.length() > 3 ? code.substring(3) : ""));
        for (String s : p.sectors()) {
            if (!sectors.contains(s)) {
                sectors.add(s);
            }
        }
        String full = (country.orElse("---")) + String.join("", sectors);
        return Optional.of(new ActorRef(full, country, sectors, p.name(), text, p.span(), rules));
    }

    ActorRef code(Party p, LocalDate date, String text) {
        List<String> rules = new ArrayList<>(p.rules());
        Optional<String> country = p.country();
        Set<String> sectors = new LinkedHashSet<>(p.sectors());
        String code;
        if (p.personId().isPresent() && p.personId().get().startsWith(PetrarchImport.PREFIX)) {
            Optional<ActorRef> fromDictionary = datedCode(p, date, text, rules);
            if (fromDictionary.isPresent()) {
                return fromDictionary.get();
            }
        }
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
