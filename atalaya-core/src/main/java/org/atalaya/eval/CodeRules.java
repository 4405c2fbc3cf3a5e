package org.atalaya.eval;

/**
 * How gold and produced codes are compared; one place so the scorer, the error listing and the
 * documentation cannot drift apart.
 */
public final class CodeRules {
    private CodeRules() {
    }

    /** The CAMEO root: the first two digits ("1823" → "18", "14" → "14"). */
    public static String root(String code) {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    /**
     * The code compared at the exact level. A two-digit root code ("14", from the Spanish file's
     * {@code 14_PROTEST_}) is CAMEO's "not specified below" code of that root ("140").
     */
    public static String fullCode(String code) {
        boolean root = code.length() == 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1));
        return root ? code + "0" : code;
    }

    /** A gold actor that fixes no country: not coded (empty), unknown country ({@code ---…}) or agent only ({@code ~…}). */
    public static boolean anyCountry(String goldActor) {
        return goldActor.isEmpty() || goldActor.startsWith("---") || goldActor.startsWith("~");
    }

    /** The country part of an actor code: its first three letters ("COLREB" → "COL"). */
    public static String country(String actor) {
        return actor.length() >= 3 ? actor.substring(0, 3) : actor;
    }

    public static boolean sameCountry(String goldActor, String producedActor) {
        return anyCountry(goldActor) || (!producedActor.isEmpty() && country(goldActor).equals(country(producedActor)));
    }

    /**
     * Full actor-code equality for the exact level. An empty gold actor was not coded by the
     * annotators and matches anything; {@code ~X} (agent only) and {@code ---X} (unknown country
     * plus agent) are the same code; {@code ---} alone means "no actor" and matches an absent target.
     */
    public static boolean sameActor(String goldActor, String producedActor) {
        return goldActor.isEmpty() || actorKey(goldActor).equals(actorKey(producedActor));
    }

    static String actorKey(String actor) {
        String a = actor.strip();
        if (a.startsWith("~")) {
            a = "---" + a.substring(1);
        }
        return a.equals("---") ? "" : a;
    }
}
