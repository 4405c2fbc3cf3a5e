package org.atalaya.coding.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atalaya.knowledge.petrarch.AgentPlural;
import org.atalaya.knowledge.petrarch.DatedCode;
import org.atalaya.knowledge.petrarch.PetrarchActor;
import org.atalaya.knowledge.petrarch.PetrarchAgent;
import org.atalaya.knowledge.petrarch.PetrarchPhrase;

/**
 * The actors and agents of a user's dictionaries, indexed by their first word, and the PETRARCH-1
 * rule that codes a noun phrase with them (check_NEphrase): the first actor found in the phrase,
 * trying longer phrases first, gives the base code on the sentence's date; then every agent found
 * anywhere in the phrase (overlapping ones included) adds its code after ({@code ~GOV}) or before
 * ({@code NGO~}) it, unless the code is already there at a three-letter boundary, which also ends the
 * agents. Agents without an actor are coded on {@code ---}.
 */
final class NounBook {
    /** One actor phrase with the codes of its entry. */
    record ActorPhrase(NounPattern pattern, List<DatedCode> codes, String name, String ref) {
    }

    /** One agent phrase (singular, plural or substituted form). */
    record AgentPhrase(NounPattern pattern, String code, String ref) {
    }

    /**
     * A coded noun phrase: the code, the matched actor's root phrase and own code (before agents), and
     * the dictionary lines behind it.
     */
    record Coded(String code, Optional<String> actorName, Optional<String> actorCode, List<String> rules) {
        Coded {
            rules = List.copyOf(rules);
        }

        static final Coded NONE = new Coded("---", Optional.empty(), Optional.empty(), List.of());
    }

    private final Map<String, List<ActorPhrase>> actors = new HashMap<>();
    private final Map<String, List<AgentPhrase>> agents = new HashMap<>();

    NounBook(List<PetrarchActor> actorEntries, List<PetrarchAgent> agentEntries) {
        for (PetrarchActor a : actorEntries) {
            String name = a.primary().joined();
            for (PetrarchPhrase p : a.phrases()) {
                NounPattern.parse(p.text()).ifPresent(np -> actors.computeIfAbsent(np.first(), k -> new ArrayList<>())
                        .add(new ActorPhrase(np, a.codes(), name, a.ref())));
            }
        }
        for (PetrarchAgent g : agentEntries) {
            for (PetrarchPhrase p : g.phrases()) {
                addAgent(p.text(), g);
                if (g.plural().kind() == AgentPlural.Kind.REGULAR) {
                    addAgent(regularPlural(p.text()), g);
                }
            }
            if (g.plural().kind() == AgentPlural.Kind.GIVEN) {
                g.plural().forms().forEach(f -> addAgent(f, g));
            }
        }
        // longest phrase first, so that NEW ZEALAND wins over ZEALAND; file order among equals
        Comparator<NounPattern> longer = Comparator.comparingInt((NounPattern np) -> np.words().size()).reversed();
        actors.values().forEach(l -> l.sort(Comparator.comparing(ActorPhrase::pattern, longer)));
        agents.values().forEach(l -> l.sort(Comparator.comparing(AgentPhrase::pattern, longer)));
    }

    private void addAgent(String text, PetrarchAgent g) {
        NounPattern.parse(text).ifPresent(np -> agents.computeIfAbsent(np.first(), k -> new ArrayList<>())
                .add(new AgentPhrase(np, g.code(), g.ref())));
    }

    /** PETRARCH's agent plural: Y → IES, S → SES, otherwise S, on the phrase's last word. */
    static String regularPlural(String text) {
        String t = text.strip();
        while (t.endsWith("_")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("Y")) {
            return t.substring(0, t.length() - 1) + "IES";
        }
        return t.endsWith("S") ? t + "ES" : t + "S";
    }

    boolean isEmpty() {
        return actors.isEmpty() && agents.isEmpty();
    }

    /** Codes the words of one noun phrase on {@code date}; {@link Coded#NONE} when nothing matched. */
    Coded code(List<String> words, LocalDate date) {
        String actor = "";
        Optional<String> name = Optional.empty();
        List<String> rules = new ArrayList<>();
        for (int k = 0; k < words.size() && actor.isEmpty(); k++) {
            for (ActorPhrase a : actors.getOrDefault(words.get(k), List.of())) {
                if (a.pattern().match(words, k) > 0) {
                    actor = codeOn(a.codes(), date);
                    name = Optional.of(a.name());
                    rules.add(a.ref());
                    break;
                }
            }
        }
        List<AgentPhrase> found = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            for (AgentPhrase g : agents.getOrDefault(words.get(k), List.of())) {
                if (g.pattern().match(words, k) > 0) {
                    found.add(g);
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            return actor.isEmpty() ? Coded.NONE : new Coded(actor, name, Optional.of(actor), rules);
        }
        String code = actor.isEmpty() ? "---" : actor;
        for (AgentPhrase g : found) {
            String agent = g.code().replace("~", "");
            if (agent.isEmpty()) {
                continue;
            }
            if (containsAtBoundary(code, agent)) {
                break;
            }
            code = g.code().startsWith("~") || !g.code().endsWith("~") ? code + agent : agent + code;
            rules.add(g.ref());
        }
        return new Coded(code, name, actor.isEmpty() ? Optional.empty() : Optional.of(actor), rules);
    }

    /** Whether {@code part} occurs in {@code code} at offset 0, 3, 6…: codes are built of three-letter blocks. */
    static boolean containsAtBoundary(String code, String part) {
        for (int k = 0; k + part.length() <= code.length(); k += 3) {
            if (code.startsWith(part, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor's code on a date: the first date-restricted code whose range holds it, else the first
     * unrestricted one, else {@code ---} (PETRARCH's get_actor_code: restrictions are tried in file order).
     */
    static String codeOn(List<DatedCode> codes, LocalDate date) {
        return codes.stream().filter(c -> !c.isDefault() && c.appliesOn(date)).findFirst()
                .or(() -> codes.stream().filter(DatedCode::isDefault).findFirst())
                .map(DatedCode::code).orElse("---");
    }
}
