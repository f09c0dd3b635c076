package org.tollgate.lists.opensanctions;

import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.model.EntityType;

/**
 * The FollowTheMoney schemata Tollgate reads: the "things" that become entities of their own, with the type
 * they map to. Relationship and detail schemata (Ownership, Sanction, Address, ...) are folded into the
 * things they reference; any other schema is ignored.
 */
final class FtmSchema {
    private static final Map<String, EntityType> THINGS = Map.of(
            "Person", EntityType.PERSON,
            "Company", EntityType.ORGANIZATION,
            "Organization", EntityType.ORGANIZATION,
            "LegalEntity", EntityType.ORGANIZATION,
            "PublicBody", EntityType.ORGANIZATION,
            "Vessel", EntityType.VESSEL,
            "Airplane", EntityType.AIRCRAFT);

    private FtmSchema() {}

    /** The entity type of a thing schema, or empty when the schema is not a party, vessel or aircraft. */
    static Optional<EntityType> thingType(String schema) {
        return Optional.ofNullable(THINGS.get(schema));
    }
}
