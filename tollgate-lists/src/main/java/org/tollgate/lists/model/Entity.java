package org.tollgate.lists.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One party on a restricted-party list, in the canonical form every list format is parsed into.
 *
 * <p>Immutable. Every collection is unmodifiable and free of duplicates; absent single values are empty
 * strings, {@link Gender#UNKNOWN} or {@link Optional#empty()}, never null.
 *
 * @param id stable id {@code <source>:<sourceRef>}
 * @param source the source id ({@code us_ofac_sdn}, {@code un_sc}, ...)
 * @param sourceRef the source's own identifier (OFAC ent_num, UN reference number, ...)
 * @param type person, organization, vessel, aircraft or other
 * @param names every name, the primary first
 * @param birthDates stated birth dates
 * @param placesOfBirth places of birth as written
 * @param nationalities nationalities, as ISO alpha-2 codes where they could be determined, else as written
 * @param citizenships citizenships, same convention
 * @param addresses postal addresses
 * @param identifiers passports, registration numbers, IMO numbers, digital-currency addresses, ...
 * @param gender gender, UNKNOWN when not stated
 * @param programs sanctions programs or legal bases
 * @param listedOn the date the entity was listed, when the list gives it
 * @param remarks free-text remarks
 * @param links relations to other entities
 * @param subList the list inside a consolidated source the record comes from (e.g. CSL "EL"), or empty
 * @param url a link to the source's own page for the entry, or empty
 */
public record Entity(
        String id,
        String source,
        String sourceRef,
        EntityType type,
        List<Name> names,
        List<BirthDate> birthDates,
        List<String> placesOfBirth,
        List<String> nationalities,
        List<String> citizenships,
        List<Address> addresses,
        List<Identifier> identifiers,
        Gender gender,
        List<String> programs,
        Optional<LocalDate> listedOn,
        String remarks,
        List<Link> links,
        String subList,
        String url) {

    public Entity {
        source = Text.clean(source);
        sourceRef = Text.clean(sourceRef);
        if (source.isEmpty() || sourceRef.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a source and a source reference");
        }
        id = id == null || id.isBlank() ? idOf(source, sourceRef) : id.strip();
        Objects.requireNonNull(type, "type");
        names = distinct(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no name");
        }
        birthDates = distinct(birthDates);
        placesOfBirth = distinctText(placesOfBirth);
        nationalities = distinctText(nationalities);
        citizenships = distinctText(citizenships);
        addresses = distinct(
                addresses == null
                        ? null
                        : addresses.stream().filter(a -> !a.isEmpty()).toList());
        identifiers = distinct(identifiers);
        gender = gender == null ? Gender.UNKNOWN : gender;
        programs = distinctText(programs);
        listedOn = listedOn == null ? Optional.empty() : listedOn;
        remarks = Text.clean(remarks);
        links = distinct(links);
        subList = Text.clean(subList);
        url = Text.clean(url);
    }

    /** The stable id of an entity: {@code <source>:<sourceRef>}. */
    public static String idOf(String source, String sourceRef) {
        return source + ":" + sourceRef;
    }

    /** The primary name (the first name). */
    public Name primaryName() {
        return names.get(0);
    }

    /** A builder for an entity of the given source and source reference. */
    public static Builder builder(String source, String sourceRef) {
        return new Builder(source, sourceRef);
    }

    /** A builder pre-filled with this entity, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(source, sourceRef);
        b.type = type;
        b.names.addAll(names);
        b.birthDates.addAll(birthDates);
        b.placesOfBirth.addAll(placesOfBirth);
        b.nationalities.addAll(nationalities);
        b.citizenships.addAll(citizenships);
        b.addresses.addAll(addresses);
        b.identifiers.addAll(identifiers);
        b.gender = gender;
        b.programs.addAll(programs);
        b.listedOn = listedOn.orElse(null);
        b.remarks = remarks;
        b.links.addAll(links);
        b.subList = subList;
        b.url = url;
        return b;
    }

    private static <T> List<T> distinct(List<T> in) {
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(in));
    }

    private static List<String> distinctText(List<String> in) {
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String s : in) {
            String c = Text.clean(s);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** Collects the parts of an entity while a parser reads them. Not thread-safe. */
    public static final class Builder {
        private final String source;
        private final String sourceRef;
        private EntityType type = EntityType.OTHER;
        private final List<Name> names = new ArrayList<>();
        private final List<BirthDate> birthDates = new ArrayList<>();
        private final List<String> placesOfBirth = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> citizenships = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private Gender gender = Gender.UNKNOWN;
        private final List<String> programs = new ArrayList<>();
        private LocalDate listedOn;
        private String remarks = "";
        private final List<Link> links = new ArrayList<>();
        private String subList = "";
        private String url = "";

        private Builder(String source, String sourceRef) {
            this.source = source;
            this.sourceRef = sourceRef;
        }

        public String sourceRef() {
            return sourceRef;
        }

        public Builder type(EntityType type) {
            this.type = Objects.requireNonNull(type);
            return this;
        }

        public EntityType type() {
            return type;
        }

        /** Adds a name unless it is blank. */
        public Builder name(String value, NameKind kind) {
            if (value != null && !value.isBlank()) {
                names.add(new Name(value, kind));
            }
            return this;
        }

        public Builder name(Name name) {
            names.add(Objects.requireNonNull(name));
            return this;
        }

        public List<Name> names() {
            return names;
        }

        public Builder birthDate(BirthDate date) {
            birthDates.add(Objects.requireNonNull(date));
            return this;
        }

        public Builder placeOfBirth(String place) {
            placesOfBirth.add(place);
            return this;
        }

        public Builder nationality(String nationality) {
            nationalities.add(nationality);
            return this;
        }

        public Builder citizenship(String citizenship) {
            citizenships.add(citizenship);
            return this;
        }

        public Builder address(Address address) {
            addresses.add(Objects.requireNonNull(address));
            return this;
        }

        public Builder identifier(Identifier identifier) {
            identifiers.add(Objects.requireNonNull(identifier));
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = Objects.requireNonNull(gender);
            return this;
        }

        public Builder program(String program) {
            programs.add(program);
            return this;
        }

        public Builder listedOn(LocalDate date) {
            this.listedOn = date;
            return this;
        }

        /** Appends a remark; several remarks are joined with "; ". */
        public Builder remark(String remark) {
            if (remark != null && !remark.isBlank()) {
                remarks = remarks.isEmpty() ? remark.strip() : remarks + "; " + remark.strip();
            }
            return this;
        }

        public Builder link(Link link) {
            links.add(Objects.requireNonNull(link));
            return this;
        }

        public Builder subList(String subList) {
            this.subList = subList;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Builds the entity.
         *
         * @throws IllegalArgumentException when it has no name
         */
        public Entity build() {
            return new Entity(
                    null,
                    source,
                    sourceRef,
                    type,
                    names,
                    birthDates,
                    placesOfBirth,
                    nationalities,
                    citizenships,
                    addresses,
                    identifiers,
                    gender,
                    programs,
                    Optional.ofNullable(listedOn),
                    remarks,
                    links,
                    subList,
                    url);
        }
    }
}
