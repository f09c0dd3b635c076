package org.tollgate.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.Name;

/**
 * What is indexed and screened against: a list entity, or a provider's customer when new list entries are
 * screened against a whole customer base (reverse screening).
 *
 * @param id the stable id ({@code us_ofac_sdn:12345} for a list entity, the customer id for a customer)
 * @param source the source id ({@code us_ofac_sdn}, ...; {@code customer} for customers)
 * @param sourceRef the source's own id
 * @param type the type, {@link EntityType#OTHER} when unknown
 * @param names the names, the primary first; never empty
 * @param birthDates stated birth dates
 * @param countries ISO alpha-2 codes of nationality, citizenship and address countries
 * @param identifiers identifying numbers
 * @param entity the list entity this party was made from, when it was
 */
public record Party(
        String id,
        String source,
        String sourceRef,
        EntityType type,
        List<PartyName> names,
        List<BirthDate> birthDates,
        List<String> countries,
        List<Identifier> identifiers,
        Optional<Entity> entity) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("party " + id + " has no name");
        }
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(new LinkedHashSet<>(countries));
        identifiers = List.copyOf(identifiers);
        entity = entity == null ? Optional.empty() : entity;
    }

    /** The party of a list entity: its names with their strength, birth dates, countries and identifiers. */
    public static Party of(Entity e) {
        List<PartyName> names = new ArrayList<>(e.names().size());
        for (Name n : e.names()) {
            names.add(new PartyName(n.value(), NameStrength.of(n.kind())));
        }
        List<String> countries = new ArrayList<>();
        for (String c : e.nationalities()) {
            Countries.alpha2(c).ifPresent(countries::add);
        }
        for (String c : e.citizenships()) {
            Countries.alpha2(c).ifPresent(countries::add);
        }
        for (Address a : e.addresses()) {
            Countries.alpha2(a.country()).ifPresent(countries::add);
        }
        return new Party(
                e.id(),
                e.source(),
                e.sourceRef(),
                e.type(),
                names,
                e.birthDates(),
                countries,
                e.identifiers(),
                Optional.of(e));
    }

    /**
     * A customer (or any party not from a list), for reverse screening.
     *
     * @param id the customer id
     * @param type the type, {@link EntityType#OTHER} when unknown
     * @param names its names
     * @param birthDates birth dates
     * @param countries countries as ISO alpha-2 codes or names (converted; unknown ones dropped)
     * @param identifiers identifiers
     */
    public static Party customer(
            String id,
            EntityType type,
            List<PartyName> names,
            List<BirthDate> birthDates,
            List<String> countries,
            List<Identifier> identifiers) {
        List<String> codes = new ArrayList<>();
        for (String c : countries) {
            Countries.alpha2(c).ifPresent(codes::add);
        }
        return new Party(id, "customer", id, type, names, birthDates, codes, identifiers, Optional.empty());
    }

    /** The primary name. */
    public String primaryName() {
        return names.get(0).value();
    }
}
