package org.tollgate.lists.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;

/** Small hand-made entities for snapshot, diff and store tests. */
public final class Fixtures {
    private Fixtures() {}

    public static Entity person(String ref, String name, String... aliases) {
        Entity.Builder b =
                Entity.builder("test_list", ref).type(EntityType.PERSON).name(name, NameKind.PRIMARY);
        for (String a : aliases) {
            b.name(a, NameKind.STRONG_ALIAS);
        }
        b.birthDate(BirthDate.of(new PartialDate(1960, 1, 2)));
        b.identifier(new Identifier(IdentifierType.PASSPORT, "P" + ref, "IR", "Passport"));
        b.program("SDGT");
        return b.build();
    }

    public static ListSnapshot snapshot(List<Entity> entities) {
        return ListSnapshot.of("test_list", entities, Instant.parse("2024-02-23T00:00:00Z"), Optional.empty(), "t", 0);
    }
}
