package org.tollgate.geo.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.policy.GeoPolicy;
import org.tollgate.geo.policy.RuleKind;

/**
 * Finds places of embargoed jurisdictions in address text, in their spellings and scripts ("Yalta, Krimea",
 * "г. Севастополь", "تهران", "평양시"), so that a customer is flagged even when the country field names another
 * country. Which jurisdictions count comes from the geo policy on the day screened: a place flags only while its
 * embargo is in force.
 *
 * <p>Matching is on whole words, without regard to case, accents or apostrophes. Cyrillic words also match their
 * case endings; Hangul words also match with the suffix 시 / 도 / 직할시 / 특별시; Han spellings match anywhere in
 * a run of Han characters (Chinese addresses are written without spaces). False positives are kept down with
 * context from the gazetteer (see {@code embargoed-places.yaml}): words that make it a different place when they
 * follow it ("Havana, IL"), words anywhere that do ("Donetsk, Rostov Oblast"), and street words around it
 * ("Havana Street").
 */
public final class PlaceNameScreener {
    private static final String DEFAULT_RESOURCE = "embargoed-places.yaml";
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int CONTEXT_WINDOW = 5;

    /** Case endings of Russian and Ukrainian nouns and adjectives, folded like the text (й and ї lose marks). */
    private static final Set<String> CYRILLIC_ENDINGS = Set.copyOf(PlaceText.wordsOf(
            "а я у ю е и і ы о ь ой ей ом ем ою ею ам ям ах ях ами ями ая яя ий ый ое ее ого его ому ему ую юю ых их "
                    + "ым им ыми ими ский ская ское ского скому ской ском ские ских ський ська ське ського ській "
                    + "ськім ські"));

    private static final String[] HANGUL_SUFFIXES = {"시", "도", "직할시", "특별시", "광역시"};

    private static final PlaceNameScreener DEFAULTS = loadDefaults();

    private final List<Phrase> phrases;
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byCyrillicStem = new HashMap<>();
    private final List<Phrase> han = new ArrayList<>();
    private final Set<String> streetBefore;
    private final Set<String> streetAfter;

    private PlaceNameScreener(List<Phrase> phrases, Set<String> streetBefore, Set<String> streetAfter) {
        this.phrases = List.copyOf(phrases);
        this.streetBefore = Set.copyOf(streetBefore);
        this.streetAfter = Set.copyOf(streetAfter);
        for (Phrase p : phrases) {
            String first = p.words[0];
            switch (script(first)) {
                case HAN -> han.add(p);
                case CYRILLIC ->
                    byCyrillicStem
                            .computeIfAbsent(stem(first), k -> new ArrayList<>())
                            .add(p);
                case HANGUL -> {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
                    for (String suffix : HANGUL_SUFFIXES) {
                        byFirstWord
                                .computeIfAbsent(first + suffix, k -> new ArrayList<>())
                                .add(p);
                    }
                }
                default ->
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The built-in gazetteer. */
    public static PlaceNameScreener defaults() {
        return DEFAULTS;
    }

    /** A gazetteer from a YAML file in the format of the built-in one. */
    public static PlaceNameScreener load(Path file) throws GeoException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new GeoException(file + ": cannot read the gazetteer: " + e.getMessage(), e);
        }
    }

    /**
     * The places of jurisdictions embargoed on {@code day} under {@code policy} that the text mentions, each once (its
     * first mention), in text order.
     */
    public List<PlaceMatch> screen(String text, GeoPolicy policy, LocalDate day) {
        Set<String> active = new HashSet<>();
        for (var rule : policy.inForce(RuleKind.EMBARGO, day)) {
            active.add(rule.id());
        }
        List<PlaceMatch> all = screenAll(text);
        return all.stream().filter(m -> active.contains(m.jurisdiction())).toList();
    }

    /** Every gazetteer place the text mentions, whatever the policy says. */
    public List<PlaceMatch> screenAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        PlaceText t = PlaceText.of(text);
        List<int[]> spans = new ArrayList<>();
        List<Phrase> found = new ArrayList<>();
        for (int i = 0; i < t.words.size(); i++) {
            String w = t.words.get(i);
            for (Phrase p : candidates(w)) {
                int end = matchAt(p, t, i);
                if (end > i && !excluded(p, t, i, end)) {
                    spans.add(new int[] {i, end});
                    found.add(p);
                }
            }
        }
        // Longest mentions first; then the first mention of each place ("г. Донецк, Донецкая обл." names Donetsk
        // once).
        List<PlaceMatch> out = new ArrayList<>();
        Set<String> places = new HashSet<>();
        Integer[] order = new Integer[found.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer k) -> spans.get(k)[0]));
        for (int k : order) {
            int[] s = spans.get(k);
            if (containedInLonger(spans, k)) {
                continue;
            }
            Phrase p = found.get(k);
            if (!places.add(p.jurisdiction + "\u0000" + p.place)) {
                continue;
            }
            int start = t.starts[s[0]];
            int end = t.ends[s[1] - 1];
            out.add(new PlaceMatch(p.jurisdiction, p.place, p.kind, text.substring(start, end), start, end));
        }
        return List.copyOf(out);
    }

    /** The number of spellings known. */
    public int spellings() {
        return phrases.size();
    }

    private List<Phrase> candidates(String word) {
        List<Phrase> out = new ArrayList<>(byFirstWord.getOrDefault(word, List.of()));
        UnicodeScript script = script(word);
        if (script == UnicodeScript.CYRILLIC) {
            for (String ending : CYRILLIC_ENDINGS) {
                if (word.length() > ending.length() && word.endsWith(ending)) {
                    out.addAll(
                            byCyrillicStem.getOrDefault(word.substring(0, word.length() - ending.length()), List.of()));
                }
            }
            out.addAll(byCyrillicStem.getOrDefault(word, List.of()));
        } else if (script == UnicodeScript.HAN) {
            for (Phrase p : han) {
                if (word.contains(p.words[0])) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The word index after the phrase when it matches at word {@code i}, else -1. */
    private static int matchAt(Phrase p, PlaceText t, int i) {
        if (i + p.words.length > t.words.size()) {
            return -1;
        }
        for (int k = 0; k < p.words.length; k++) {
            if (!wordMatches(p.words[k], t.words.get(i + k))) {
                return -1;
            }
        }
        return i + p.words.length;
    }

    private static boolean wordMatches(String spelling, String word) {
        switch (script(spelling)) {
            case CYRILLIC: {
                String stem = stem(spelling);
                return word.startsWith(stem) && isCyrillicEnding(word.substring(stem.length()));
            }
            case HAN:
                return word.contains(spelling);
            case HANGUL:
                if (word.equals(spelling)) {
                    return true;
                }
                for (String suffix : HANGUL_SUFFIXES) {
                    if (word.equals(spelling + suffix)) {
                        return true;
                    }
                }
                return false;
            default:
                return word.equals(spelling);
        }
    }

    private static boolean isCyrillicEnding(String ending) {
        return ending.isEmpty() || CYRILLIC_ENDINGS.contains(ending);
    }

    private boolean excluded(Phrase p, PlaceText t, int start, int end) {
        if (start > 0 && t.joined[start - 1] && streetBefore.contains(t.words.get(start - 1))) {
            return true;
        }
        if (end < t.words.size() && t.joined[end - 1] && streetAfter.contains(t.words.get(end))) {
            return true;
        }
        for (String[] after : p.notFollowedBy) {
            for (int i = end; i < Math.min(end + CONTEXT_WINDOW, t.words.size()); i++) {
                if (sequenceAt(after, t, i)) {
                    return true;
                }
            }
        }
        for (String prefix : p.notWith) {
            for (String w : t.words) {
                if (w.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sequenceAt(String[] words, PlaceText t, int i) {
        if (i + words.length > t.words.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.words.get(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean containedInLonger(List<int[]> spans, int k) {
        int[] s = spans.get(k);
        for (int j = 0; j < spans.size(); j++) {
            int[] o = spans.get(j);
            if (j != k && o[0] <= s[0] && o[1] >= s[1] && (o[1] - o[0]) > (s[1] - s[0])) {
                return true;
            }
        }
        return false;
    }

    /** A Cyrillic word without its final vowel or soft sign, the part its case forms share. */
    private static String stem(String word) {
        if (script(word) != UnicodeScript.CYRILLIC || word.length() < 4) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        return "аяоеиыіьуює".indexOf(last) >= 0 ? word.substring(0, word.length() - 1) : word;
    }

    private static UnicodeScript script(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            UnicodeScript s = UnicodeScript.of(cp);
            if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
                return s;
            }
        }
        return UnicodeScript.COMMON;
    }

    // ---- loading

    private static PlaceNameScreener loadDefaults() {
        try (InputStream in = PlaceNameScreener.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return parse(in, "built-in " + DEFAULT_RESOURCE);
        } catch (IOException | GeoException e) {
            throw new IllegalStateException("the built-in gazetteer is invalid: " + e.getMessage(), e);
        }
    }

    private static PlaceNameScreener parse(InputStream in, String source) throws GeoException, IOException {
        Gazetteer g;
        try {
            g = YAML.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Gazetteer.class);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new GeoException(source + ": " + where + e.getOriginalMessage());
        }
        if (g == null || g.places() == null || g.places().isEmpty()) {
            throw new GeoException(source + ": the gazetteer lists no places");
        }
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < g.places().size(); i++) {
            Gazetteer.Place p = g.places().get(i);
            String where = source + ": places[" + i + "]";
            if (p.jurisdiction() == null
                    || p.place() == null
                    || p.spellings() == null
                    || p.spellings().isEmpty()) {
                throw new GeoException(where + ": needs jurisdiction, place and spellings");
            }
            List<String[]> after = new ArrayList<>();
            for (String a : nonNull(p.notFollowedBy())) {
                after.add(PlaceText.wordsOf(a).toArray(new String[0]));
            }
            List<String> with = new ArrayList<>();
            for (String w : nonNull(p.notWith())) {
                with.addAll(PlaceText.wordsOf(w));
            }
            for (String spelling : p.spellings()) {
                List<String> words = PlaceText.wordsOf(spelling);
                if (words.isEmpty()) {
                    throw new GeoException(where + ": spelling '" + spelling + "' has no letters");
                }
                phrases.add(new Phrase(
                        p.jurisdiction().strip(),
                        p.place().strip(),
                        p.kind() == null ? "place" : p.kind().strip(),
                        words.toArray(new String[0]),
                        List.copyOf(after),
                        List.copyOf(with)));
            }
        }
        Set<String> before = new HashSet<>();
        nonNull(g.streetBefore()).forEach(w -> before.addAll(PlaceText.wordsOf(w)));
        Set<String> afterWords = new HashSet<>();
        nonNull(g.streetAfter()).forEach(w -> afterWords.addAll(PlaceText.wordsOf(w)));
        return new PlaceNameScreener(phrases, before, afterWords);
    }

    private static List<String> nonNull(List<String> l) {
        return l == null ? List.of() : l;
    }

    /** One spelling of a place, as words, with the context that makes it a different place. */
    private record Phrase(
            String jurisdiction,
            String place,
            String kind,
            String[] words,
            List<String[]> notFollowedBy,
            List<String> notWith) {}

    /** The YAML shape of a gazetteer. */
    record Gazetteer(List<String> streetBefore, List<String> streetAfter, List<Place> places) {
        record Place(
                String jurisdiction,
                String place,
                String kind,
                List<String> spellings,
                List<String> notFollowedBy,
                List<String> notWith) {}
    }
}
