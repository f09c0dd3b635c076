package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Other romanisations of the same name, as a customer's passport or a clerk may write it: whole-name
 * spellings from a table (Mohammed / Muhammad, Aleksandr / Alexander, Yevgeniy / Evgeny, Hussein / Husayn,
 * Qaddafi / Gaddafi, Lee / Yi / Ri, Park / Pak, Choi / Choe, Chen / Chan, ...) and spelling rules inside a
 * word (-iy as -y, -ov as -off, ou as u, kh as h, dj as j, ...).
 *
 * <p>The benchmark's own tables, written independently of the engine's, so a variant the engine does not
 * know counts against it.
 */
public final class RomanisationVariants {
    /** Spellings of one name; any may be written for any other. */
    private static final String[][] NAMES = {
        {"muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad", "mohamud", "mehmet"},
        {"ahmad", "ahmed", "ahmet"},
        {"mahmoud", "mahmud", "mahmood"},
        {"mustafa", "mostafa", "moustafa", "mustapha"},
        {"hussein", "husayn", "hussain", "husain", "hossein", "husein"},
        {"hassan", "hasan", "hasson"},
        {"hasan", "hassan"},
        {"hussain", "hussein"},
        {"abdullah", "abdallah", "abdulla", "abdollah"},
        {"abdul", "abdel", "abdal", "abdol"},
        {"osama", "usama", "ousama"},
        {"omar", "umar", "omer"},
        {"othman", "uthman", "osman", "usman"},
        {"yusuf", "yousef", "youssef", "yousuf", "yusef"},
        {"yasin", "yassin", "yaseen", "yassine"},
        {"khalid", "khaled"},
        {"khalil", "khaleel"},
        {"said", "saeed", "saied", "sayed"},
        {"saleh", "salih", "salah"},
        {"ali", "aly"},
        {"ibrahim", "ebrahim", "ibraheem"},
        {"ismail", "ismael", "esmail"},
        {"jamal", "gamal"},
        {"jafar", "jaafar", "jaffar"},
        {"qasim", "kasim", "qassem", "kassem", "qasem"},
        {"qaddafi", "gaddafi", "gadhafi", "kadhafi", "qadhafi"},
        {"nasrallah", "nasrullah"},
        {"rahman", "rehman"},
        {"rahim", "raheem"},
        {"karim", "kareem"},
        {"hamid", "hameed"},
        {"majid", "majeed", "maged"},
        {"rashid", "rasheed", "rachid"},
        {"walid", "waleed"},
        {"zaid", "zayd", "zeid"},
        {"faisal", "faysal", "feisal"},
        {"hezbollah", "hizballah", "hizbullah"},
        {"aleksandr", "alexander", "aleksander", "alexandr", "oleksandr"},
        {"alexander", "aleksandr"},
        {"aleksey", "alexei", "alexey", "aleksei"},
        {"yevgeniy", "evgeny", "evgeniy", "yevgeny", "evgenii"},
        {"sergey", "sergei", "serguei", "serhiy"},
        {"andrey", "andrei", "andriy"},
        {"dmitriy", "dmitry", "dmitri", "dmytro"},
        {"yuriy", "yuri", "yury", "iurii"},
        {"vitaliy", "vitaly", "vitalii"},
        {"anatoliy", "anatoly", "anatolii"},
        {"nikolay", "nikolai", "mykola"},
        {"mikhail", "michail", "mykhailo"},
        {"pyotr", "petr", "piotr"},
        {"fyodor", "fedor", "feodor"},
        {"ilya", "ilia", "illia"},
        {"vladimir", "volodymyr", "wladimir"},
        {"valeriy", "valery", "valerii"},
        {"gennadiy", "gennady", "hennadiy"},
        {"grigoriy", "grigory", "hryhoriy"},
        {"georgiy", "georgy", "heorhiy"},
        {"arkadiy", "arkady"},
        {"vasiliy", "vasily", "vasyl"},
        {"yakov", "iakov", "jakov"},
        {"yelena", "elena", "jelena"},
        {"tatyana", "tatiana", "tetiana"},
        {"natalya", "natalia", "nataliya"},
        {"yulia", "yuliya", "julia", "iuliia"},
        {"lee", "yi", "ri", "rhee", "li"},
        {"ri", "lee", "yi"},
        {"park", "pak", "bak"},
        {"pak", "park"},
        {"choi", "choe", "chwe"},
        {"choe", "choi"},
        {"jong", "jung", "chong"},
        {"kim", "gim"},
        {"chen", "chan", "chin"},
        {"zhang", "chang", "cheung"},
        {"wang", "wong"},
        {"huang", "wong", "hwang"},
        {"zhou", "chou", "chow"},
        {"xu", "hsu", "tsui"},
        {"liu", "lau", "lew"},
        {"wu", "ng", "woo"},
    };

    /** Spelling rules inside a word: a pattern and its replacement, applied to one occurrence. */
    private static final String[][] RULES = {
        {"iy$", "y"},
        {"iy$", "i"},
        {"yy$", "y"},
        {"ov$", "off"},
        {"ev$", "eff"},
        {"sky$", "ski"},
        {"skiy$", "sky"},
        {"ou", "u"},
        {"(?<=[bcdfghjklmnprstvz])u(?=[bcdfghjklmnprstvz])", "ou"},
        {"kh", "h"},
        {"(?<=[aeiou])h(?![aeiou]|$)", "kh"},
        {"dj", "j"},
        {"^j", "dj"},
        {"^ye", "e"},
        {"ts", "tz"},
        {"ks", "x"},
        {"sh", "sch"},
        {"ee", "i"},
        {"oo", "u"},
        {"ph", "f"},
        {"q", "k"},
        {"aa", "a"},
        {"ii", "i"},
        {"iu", "yu"},
        {"ia", "ya"},
        {"(?<=[aeiou])y(?=[aeiou])", "i"},
    };

    private static final Map<String, List<String>> BY_NAME = new HashMap<>();

    static {
        for (String[] group : NAMES) {
            List<String> others = BY_NAME.computeIfAbsent(group[0], k -> new ArrayList<>());
            for (int i = 1; i < group.length; i++) {
                others.add(group[i]);
                BY_NAME.computeIfAbsent(group[i], k -> new ArrayList<>()).add(group[0]);
            }
        }
    }

    private RomanisationVariants() {}

    /** One way to write a word differently. */
    record Change(int word, String replacement) {}

    /**
     * The name with one or two of its words written in another romanisation. Empty when no table entry or
     * rule applies to it.
     */
    public static Optional<String> vary(String name, Random rnd) {
        List<String> words = new ArrayList<>(List.of(name.split(" ", -1)));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String core = words.get(i).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            String lower = core.toLowerCase(Locale.ROOT);
            // words with a hyphen or apostrophe inside ("AL-QAIDA", "NU'MAN") are left alone
            if (lower.length() < 2 || !lower.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (String other : BY_NAME.getOrDefault(lower, List.of())) {
                changes.add(new Change(i, other));
            }
            if (lower.length() < 4) {
                continue;
            }
            for (String[] r : RULES) {
                String v = lower.replaceFirst(r[0], r[1]);
                if (!v.equals(lower)) {
                    changes.add(new Change(i, v));
                }
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Change first = changes.get(rnd.nextInt(changes.size()));
        apply(words, first);
        if (rnd.nextInt(3) == 0) {
            List<Change> rest =
                    changes.stream().filter(c -> c.word() != first.word()).toList();
            if (!rest.isEmpty()) {
                apply(words, rest.get(rnd.nextInt(rest.size())));
            }
        }
        String out = String.join(" ", words);
        return out.equalsIgnoreCase(name) ? Optional.empty() : Optional.of(out);
    }

    private static void apply(List<String> words, Change c) {
        String w = words.get(c.word());
        int start = 0;
        while (start < w.length() && !Character.isLetter(w.charAt(start))) {
            start++;
        }
        int end = w.length();
        while (end > start && !Character.isLetter(w.charAt(end - 1))) {
            end--;
        }
        String core = w.substring(start, end);
        words.set(c.word(), w.substring(0, start) + likeCase(core, c.replacement()) + w.substring(end));
    }

    /** The replacement in the letter case of the word it replaces (UPPER, Title or lower). */
    static String likeCase(String like, String s) {
        if (like.equals(like.toUpperCase(Locale.ROOT))) {
            return s.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
