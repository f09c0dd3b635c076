package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;

/**
 * Makes the labelled positives of the accuracy benchmark from the indexed list entities: for each kind of
 * variation, up to N queries, each a variation of one real listed name, labelled with the entities it should
 * find. Seeded: the same lists and seed give the same queries.
 *
 * <p>Labels: a query made from entity E's name N should alert on E; it may equally alert on any other
 * indexed entity of a compatible type that has a name with the same {@link NameKey} as N (the same party on
 * two lists: the CSL repeats the SDN, the UN and OFAC list the same people).
 */
public final class PositiveGenerator {
    private final List<Entity> entities;
    private final Map<String, List<Entity>> byKey = new HashMap<>();
    private final long seed;

    public PositiveGenerator(List<Entity> entities, long seed) {
        this.entities = List.copyOf(entities);
        this.seed = seed;
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String k = NameKey.of(n.value());
                if (!k.isEmpty()) {
                    List<Entity> l = byKey.computeIfAbsent(k, x -> new ArrayList<>(1));
                    if (l.isEmpty() || l.get(l.size() - 1) != e) {
                        l.add(e);
                    }
                }
            }
        }
    }

    /** A listed name and its entity. */
    record Source(Entity entity, Name name) {}

    /** The entities a query made from this name of this entity should find. */
    public Set<String> expected(Entity e, String name) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(e.id());
        for (Entity x : byKey.getOrDefault(NameKey.of(name), List.of())) {
            if (compatible(x.type(), e.type())) {
                ids.add(x.id());
            }
        }
        return ids;
    }

    /** The indexed entities with a name of this key and a compatible type. */
    public Set<String> entitiesWithKey(String key, EntityType type) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity x : byKey.getOrDefault(key, List.of())) {
            if (compatible(x.type(), type)) {
                ids.add(x.id());
            }
        }
        return ids;
    }

    static boolean compatible(EntityType a, EntityType b) {
        return a == b || a == EntityType.OTHER || b == EntityType.OTHER;
    }

    /** The ISO codes of an entity's nationalities, citizenships and address countries. */
    static Set<String> countries(Entity e) {
        Set<String> out = new HashSet<>();
        for (String c : e.nationalities()) {
            Countries.alpha2(c).ifPresent(out::add);
        }
        for (String c : e.citizenships()) {
            Countries.alpha2(c).ifPresent(out::add);
        }
        for (Address a : e.addresses()) {
            Countries.alpha2(a.country()).ifPresent(out::add);
        }
        return out;
    }

    /** Every generated kind, up to {@code perKind} queries each. */
    public Map<Kind, List<LabelledQuery>> generate(int perKind) {
        Map<Kind, List<LabelledQuery>> out = new EnumMap<>(Kind.class);
        Predicate<Source> any = s -> true;
        Predicate<Source> person = s -> s.entity().type() == EntityType.PERSON;
        Predicate<Source> org = s -> s.entity().type() == EntityType.ORGANIZATION;
        out.put(
                Kind.EXACT,
                make(
                        Kind.EXACT,
                        primaries(any),
                        perKind,
                        (s, r) -> Optional.of(s.name().value())));
        out.put(
                Kind.REFORMATTED,
                make(
                        Kind.REFORMATTED,
                        primaries(any),
                        perKind,
                        (s, r) ->
                                NameShapes.reformat(s.name().value(), s.entity().type() == EntityType.PERSON, r)));
        out.put(
                Kind.WORD_ORDER,
                make(
                        Kind.WORD_ORDER,
                        primaries(person),
                        perKind,
                        (s, r) -> NameShapes.reorder(s.name().value(), r)));
        // East Asian and Burmese given names written in two words are one name ("Yong Ho"): none is "middle"
        Predicate<Source> notEastAsian = s -> !from(s, EAST_ASIA);
        out.put(
                Kind.MISSING_MIDDLE,
                make(
                        Kind.MISSING_MIDDLE,
                        primaries(person.and(notEastAsian)),
                        perKind,
                        (s, r) -> NameShapes.dropMiddle(s.name().value(), r)));
        out.put(
                Kind.SINGLE_TYPO,
                make(
                        Kind.SINGLE_TYPO,
                        primaries(any),
                        perKind,
                        (s, r) -> Typos.single(s.name().value(), r)));
        out.put(
                Kind.DOUBLE_TYPO,
                make(
                        Kind.DOUBLE_TYPO,
                        primaries(any),
                        perKind,
                        (s, r) -> Typos.twice(s.name().value(), r)));
        out.put(
                Kind.ROMANISATION,
                make(
                        Kind.ROMANISATION,
                        primaries(person),
                        perKind,
                        (s, r) -> RomanisationVariants.vary(s.name().value(), r)));
        out.put(
                Kind.LEGAL_FORM,
                make(
                        Kind.LEGAL_FORM,
                        primaries(org),
                        perKind,
                        (s, r) -> LegalFormVariants.vary(s.name().value(), r)));
        out.put(
                Kind.SDN_ALIAS,
                make(
                        Kind.SDN_ALIAS,
                        names(
                                e -> e.source().equals("us_ofac_sdn"),
                                Set.of(NameKind.STRONG_ALIAS, NameKind.FORMER_NAME)),
                        perKind,
                        (s, r) -> Optional.of(s.name().value())));
        out.put(
                Kind.SDN_WEAK_ALIAS,
                make(
                        Kind.SDN_WEAK_ALIAS,
                        names(e -> e.source().equals("us_ofac_sdn"), Set.of(NameKind.WEAK_ALIAS)),
                        perKind,
                        (s, r) -> Optional.of(s.name().value())));
        out.put(
                Kind.CYRILLIC,
                make(
                        Kind.CYRILLIC,
                        primaries(person.and(notEastAsian).and(s -> from(s, "RU", "UA", "BY"))),
                        perKind,
                        (s, r) -> cyrillic(s, r)));
        out.put(
                Kind.CHINESE,
                make(
                        Kind.CHINESE,
                        primaries(person.and(s -> from(s, "CN", "HK", "TW", "MO"))),
                        perKind,
                        (s, r) -> HanRendering.render(PersonName.parse(s.name().value(), true))));
        out.put(
                Kind.KOREAN,
                make(
                        Kind.KOREAN,
                        primaries(person.and(s -> from(s, "KP", "KR"))),
                        perKind,
                        (s, r) ->
                                HangulRendering.render(PersonName.parse(s.name().value(), true))));
        return out;
    }

    /** Countries whose names have no middle names, and which Cyrillic renders by other rules. */
    private static final String[] EAST_ASIA = {"KP", "KR", "CN", "TW", "HK", "MO", "JP", "MM", "MN"};

    private static boolean from(Source s, String... codes) {
        Set<String> c = countries(s.entity());
        for (String code : codes) {
            if (c.contains(code)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> cyrillic(Source s, Random r) {
        Set<String> c = countries(s.entity());
        CyrillicRendering.Language lang = c.contains("UA") && !c.contains("RU")
                ? CyrillicRendering.Language.UKRAINIAN
                : CyrillicRendering.Language.RUSSIAN;
        PersonName p = PersonName.parse(s.name().value(), false);
        if (p.given().isEmpty()) {
            return Optional.empty();
        }
        // Russian documents write "Family Given Patronymic"; forms and people often "Given Patronymic Family"
        List<String> words = r.nextBoolean() ? p.familyFirst() : PersonName.split(p.natural());
        return CyrillicRendering.render(words, lang);
    }

    private List<Source> primaries(Predicate<Source> filter) {
        List<Source> out = new ArrayList<>();
        for (Entity e : entities) {
            Source s = new Source(e, e.primaryName());
            if (NameKey.isLatin(s.name().value()) && filter.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private List<Source> names(Predicate<Entity> filter, Set<NameKind> kinds) {
        List<Source> out = new ArrayList<>();
        for (Entity e : entities) {
            if (!filter.test(e)) {
                continue;
            }
            for (Name n : e.names()) {
                if (kinds.contains(n.kind()) && NameKey.isLatin(n.value())) {
                    out.add(new Source(e, n));
                }
            }
        }
        return out;
    }

    /**
     * Up to n queries of one kind: the sources in a seeded random order, each turned into a query by {@code
     * vary} (empty when the variation does not apply to it); a query text is used once.
     */
    private List<LabelledQuery> make(
            Kind kind, List<Source> sources, int n, BiFunction<Source, Random, Optional<String>> vary) {
        List<Source> order = new ArrayList<>(sources);
        Random rnd = new Random(seed * 1_000_003L + kind.ordinal());
        Collections.shuffle(order, rnd);
        List<LabelledQuery> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Source s : order) {
            if (out.size() >= n) {
                break;
            }
            Optional<String> q = vary.apply(s, rnd);
            if (q.isEmpty() || q.get().isBlank() || !seen.add(q.get())) {
                continue;
            }
            if (kind != Kind.EXACT
                    && kind != Kind.SDN_ALIAS
                    && kind != Kind.SDN_WEAK_ALIAS
                    && q.get().equals(s.name().value())) {
                continue;
            }
            out.add(new LabelledQuery(
                    kind,
                    q.get(),
                    expected(s.entity(), s.name().value()),
                    s.name().value(),
                    s.entity().id()));
        }
        return out;
    }
}
