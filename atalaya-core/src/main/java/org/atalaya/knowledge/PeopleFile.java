package org.atalaya.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * actors/people.tsv and actors/roles.tsv, validated and indexed: people by id and by {@link NameKey},
 * roles by person in file order (the order decides which role wins when several are in force).
 */
public final class PeopleFile {
    static final String PEOPLE = "actors/people.tsv";
    static final String ROLES = "actors/roles.tsv";
    private static final String BASE = "/org/atalaya/knowledge/";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A country (or IGO) code plus zero or more three-letter sectors: ARM, ARMGOV, IGOEUREEC. */
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");

    private final Map<String, Person> people;
    private final List<Person> peopleInOrder;
    private final Map<String, List<Role>> rolesByPerson;
    private final Map<String, List<Person>> byName;
    private final List<Role> roles;

    private PeopleFile(Map<String, Person> people, Map<String, List<Role>> rolesByPerson,
                       Map<String, List<Person>> byName, List<Role> roles) {
        this.people = Map.copyOf(people);
        this.peopleInOrder = List.copyOf(people.values());
        this.rolesByPerson = rolesByPerson;
        this.byName = byName;
        this.roles = roles;
    }

    /** The curated files shipped in the jar, read once. */
    public static PeopleFile builtIn() {
        return BuiltIn.FILE;
    }

    public static PeopleFile load(List<TsvRow> peopleRows, List<TsvRow> roleRows) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, List<Person>> byName = new HashMap<>();
        for (TsvRow row : peopleRows) {
            Person person = person(row);
            if (people.containsKey(person.id())) {
                throw row.error("duplicate person id '" + person.id() + "', first at " + people.get(person.id()).ref());
            }
            people.put(person.id(), person);
            // a person may list two spellings with the same key; index them once
            person.names().stream().map(NameKey::of).distinct()
                    .forEach(key -> byName.computeIfAbsent(key, k -> new ArrayList<>()).add(person));
        }
        Map<String, List<Role>> byPerson = new HashMap<>();
        List<Role> roles = new ArrayList<>();
        for (TsvRow row : roleRows) {
            Role role = role(row, people);
            checkOverlap(row, role, byPerson.getOrDefault(role.personId(), List.of()));
            byPerson.computeIfAbsent(role.personId(), k -> new ArrayList<>()).add(role);
            roles.add(role);
        }
        byPerson.replaceAll((k, v) -> List.copyOf(v));
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new PeopleFile(people, Map.copyOf(byPerson), Map.copyOf(byName), List.copyOf(roles));
    }

    private static Person person(TsvRow row) {
        String id = row.get("id");
        if (!ID.matcher(id).matches()) {
            throw row.error("person id '" + id + "' is not a lowercase ascii slug");
        }
        List<String> names = row.list("names");
        if (names.isEmpty()) {
            throw row.error("person '" + id + "' has no names");
        }
        return new Person(id, names, row.ref());
    }

    private static Role role(TsvRow row, Map<String, Person> people) {
        String personId = row.get("person");
        if (!people.containsKey(personId)) {
            throw row.error("unknown person '" + personId + "' (not in " + PEOPLE + ")");
        }
        String code = row.get("code");
        if (!CODE.matcher(code).matches()) {
            throw row.error("code '" + code + "' is not a country code plus three-letter sectors");
        }
        LocalDate start = date(row, row.get("start"), "start");
        Optional<LocalDate> end = row.optional("end").map(v -> date(row, v, "end"));
        if (end.isPresent() && end.get().isBefore(start)) {
            throw row.error("end " + end.get() + " is before start " + start);
        }
        return new Role(personId, code, start, end, row.get("role"), row.ref());
    }

    private static LocalDate date(TsvRow row, String value, String column) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw row.error(column + " '" + value + "' is not a date YYYY-MM-DD");
        }
    }

    /**
     * Two rows with the same code for the same person may share the handover day but no more: a
     * longer overlap is a typing error (or two offices that belong in one row's text).
     */
    private static void checkOverlap(TsvRow row, Role role, List<Role> earlier) {
        for (Role other : earlier) {
            if (!other.code().equals(role.code())) {
                continue;
            }
            Role first = other.start().isAfter(role.start()) ? role : other;
            Role second = first == role ? other : role;
            boolean overlaps = first.end().map(second.start()::isBefore).orElse(true);
            if (overlaps) {
                throw row.error("role " + role.code() + " of '" + role.personId() + "' overlaps " + other.ref());
            }
        }
    }

    /** Every person, in file order. */
    public List<Person> people() {
        return peopleInOrder;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /** Every role row, in file order. */
    public List<Role> roles() {
        return roles;
    }

    /** The roles of one person, in file order; empty for an unknown id. */
    public List<Role> rolesOf(String personId) {
        return rolesByPerson.getOrDefault(personId, List.of());
    }

    /**
     * People listed under a name; the argument is passed through {@link NameKey#of} again, which
     * changes nothing for a key. More than one person means the name is ambiguous.
     */
    public List<Person> byName(String normalizedName) {
        return byName.getOrDefault(NameKey.of(normalizedName), List.of());
    }

    /** Holder idiom: the built-in files are parsed on first use, once. */
    private static final class BuiltIn {
        static final PeopleFile FILE = load(
                TsvTable.resource(BASE + PEOPLE, PEOPLE),
                TsvTable.resource(BASE + ROLES, ROLES));
    }
}
