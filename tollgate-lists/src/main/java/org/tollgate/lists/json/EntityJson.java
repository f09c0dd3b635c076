package org.tollgate.lists.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;

/**
 * The JSON form of an {@link Entity}: used by the snapshot store, the command line and, in its canonical
 * variant, for content hashes. Keys are snake_case and always written in the same order.
 */
public final class EntityJson {
    /** Shared mapper; Jackson mappers are thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EntityJson() {}

    /** The entity as a JSON object, lists in the order the entity holds them. */
    public static ObjectNode toJson(Entity e) {
        return write(e, false);
    }

    /**
     * One line of canonical JSON: the same entity always gives the same text whatever order its source
     * listed aliases, addresses or identifiers in, so a content hash does not depend on row order.
     */
    public static String canonical(Entity e) {
        try {
            return MAPPER.writeValueAsString(write(e, true));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static ObjectNode write(Entity e, boolean sorted) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("source", e.source());
        o.put("source_ref", e.sourceRef());
        o.put("type", e.type().code());
        // the primary name keeps its place; in canonical form the other names are sorted
        Function<Name, ObjectNode> name = n -> {
            ObjectNode j = F.objectNode();
            j.put("value", n.value());
            j.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (!n.language().isEmpty()) {
                j.put("language", n.language());
            }
            return j;
        };
        o.set("names", sorted ? sortedTail(e.names(), name) : array(e.names(), name, false));
        o.set(
                "birth_dates",
                array(
                        e.birthDates(),
                        d -> {
                            ObjectNode j = F.objectNode();
                            j.put("from", d.from().toString());
                            j.put("to", d.to().toString());
                            if (d.circa()) {
                                j.put("circa", true);
                            }
                            return j;
                        },
                        sorted));
        o.set("places_of_birth", strings(e.placesOfBirth(), sorted));
        o.set("nationalities", strings(e.nationalities(), sorted));
        o.set("citizenships", strings(e.citizenships(), sorted));
        o.set(
                "addresses",
                array(
                        e.addresses(),
                        a -> {
                            ObjectNode j = F.objectNode();
                            ArrayNode lines = F.arrayNode();
                            a.lines().forEach(lines::add);
                            j.set("lines", lines);
                            j.put("city", a.city());
                            j.put("region", a.region());
                            j.put("postal_code", a.postalCode());
                            j.put("country", a.country());
                            j.put("country_text", a.countryText());
                            return j;
                        },
                        sorted));
        o.set(
                "identifiers",
                array(
                        e.identifiers(),
                        i -> {
                            ObjectNode j = F.objectNode();
                            j.put("type", i.type().code());
                            j.put("value", i.value());
                            j.put("country", i.country());
                            j.put("label", i.label());
                            return j;
                        },
                        sorted));
        o.put("gender", e.gender().name().toLowerCase(java.util.Locale.ROOT));
        o.set("programs", strings(e.programs(), sorted));
        o.put("listed_on", e.listedOn().map(LocalDate::toString).orElse(""));
        o.put("remarks", e.remarks());
        o.set(
                "links",
                array(
                        e.links(),
                        l -> {
                            ObjectNode j = F.objectNode();
                            j.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
                            j.put("target", l.target());
                            j.put("description", l.description());
                            return j;
                        },
                        sorted));
        o.put("sub_list", e.subList());
        o.put("url", e.url());
        return o;
    }

    private static <T> ArrayNode sortedTail(List<T> items, Function<T, ObjectNode> f) {
        ArrayNode a = F.arrayNode();
        if (items.isEmpty()) {
            return a;
        }
        a.add(f.apply(items.get(0)));
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < items.size(); i++) {
            rest.add(f.apply(items.get(i)).toString());
        }
        rest.sort(null);
        for (String s : rest) {
            a.add(parse(s));
        }
        return a;
    }

    private static <T> ArrayNode array(Collection<T> items, Function<T, ObjectNode> f, boolean sorted) {
        ArrayNode a = F.arrayNode();
        if (!sorted) {
            items.forEach(i -> a.add(f.apply(i)));
            return a;
        }
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(f.apply(i).toString()));
        texts.sort(null);
        texts.forEach(t -> a.add(parse(t)));
        return a;
    }

    private static ArrayNode strings(Collection<String> items, boolean sorted) {
        ArrayNode a = F.arrayNode();
        List<String> l = new ArrayList<>(items);
        if (sorted) {
            l.sort(null);
        }
        l.forEach(a::add);
        return a;
    }

    private static JsonNode parse(String s) {
        try {
            return MAPPER.readTree(s);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Reads an entity back from {@link #toJson(Entity)}.
     *
     * @throws IllegalArgumentException when the JSON is not an entity
     */
    public static Entity fromJson(JsonNode o) {
        Entity.Builder b = Entity.builder(text(o, "source"), text(o, "source_ref"));
        b.type(EntityType.parse(text(o, "type")).orElse(EntityType.OTHER));
        for (JsonNode n : o.path("names")) {
            b.name(new Name(text(n, "value"), NameKind.valueOf(upper(text(n, "kind"))), text(n, "language")));
        }
        for (JsonNode d : o.path("birth_dates")) {
            PartialDate from = PartialDate.parse(text(d, "from"))
                    .orElseThrow(() -> new IllegalArgumentException("bad birth date " + d));
            PartialDate to = PartialDate.parse(text(d, "to")).orElse(from);
            b.birthDate(new BirthDate(from, to, d.path("circa").asBoolean(false)));
        }
        o.path("places_of_birth").forEach(n -> b.placeOfBirth(n.asText()));
        o.path("nationalities").forEach(n -> b.nationality(n.asText()));
        o.path("citizenships").forEach(n -> b.citizenship(n.asText()));
        for (JsonNode a : o.path("addresses")) {
            List<String> lines = new ArrayList<>();
            a.path("lines").forEach(l -> lines.add(l.asText()));
            b.address(new Address(
                    lines,
                    text(a, "city"),
                    text(a, "region"),
                    text(a, "postal_code"),
                    text(a, "country"),
                    text(a, "country_text")));
        }
        for (JsonNode i : o.path("identifiers")) {
            b.identifier(new Identifier(
                    IdentifierType.valueOf(upper(text(i, "type"))),
                    text(i, "value"),
                    text(i, "country"),
                    text(i, "label")));
        }
        b.gender(Gender.parse(text(o, "gender")));
        o.path("programs").forEach(n -> b.program(n.asText()));
        Optional.of(text(o, "listed_on"))
                .filter(s -> !s.isEmpty())
                .map(LocalDate::parse)
                .ifPresent(b::listedOn);
        b.remark(text(o, "remarks"));
        for (JsonNode l : o.path("links")) {
            b.link(new Link(LinkKind.valueOf(upper(text(l, "kind"))), text(l, "target"), text(l, "description")));
        }
        b.subList(text(o, "sub_list"));
        b.url(text(o, "url"));
        return b.build();
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static String upper(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }
}
