package org.tollgate.lists.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollgate.lists.snapshot.Fixtures.person;
import static org.tollgate.lists.snapshot.Fixtures.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.PartialDate;

class SnapshotDiffTest {
    @Test
    void findsAddedRemovedAndChangedEntitiesWithTheirFields() {
        Entity kept = person("1", "ALPHA");
        Entity renamed = person("2", "BETA");
        Entity gone = person("3", "GAMMA");
        Entity before = person("4", "DELTA");
        Entity renamedAfter = person("2", "BETA", "BETTA");
        Entity remarked =
                before.toBuilder().remark("Additional Sanctions Information").build();
        Entity added = person("5", "EPSILON");

        SnapshotDiff d = SnapshotDiff.between(
                snapshot(List.of(kept, renamed, gone, before)), snapshot(List.of(kept, renamedAfter, remarked, added)));

        assertThat(d.added()).extracting(Entity::id).containsExactly("test_list:5");
        assertThat(d.removed()).extracting(Entity::id).containsExactly("test_list:3");
        assertThat(d.changed()).extracting(EntityChange::id).containsExactly("test_list:2", "test_list:4");

        EntityChange nameChange = d.changed().get(0);
        assertThat(nameChange.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("names");
            assertThat(f.added()).containsExactly("BETTA (strong_alias)");
            assertThat(f.removed()).isEmpty();
        });
        assertThat(nameChange.isMaterial()).isTrue();

        EntityChange remarkChange = d.changed().get(1);
        assertThat(remarkChange.fields()).extracting(FieldChange::field).containsExactly("remarks");
        assertThat(remarkChange.isMaterial()).isFalse();
    }

    @Test
    void birthDateChangeIsMaterial() {
        Entity a = person("1", "ALPHA");
        Entity b = Entity.builder("test_list", "1")
                .type(a.type())
                .name(a.primaryName())
                .birthDate(BirthDate.of(PartialDate.ofYear(1961)))
                .identifier(a.identifiers().get(0))
                .program("SDGT")
                .build();
        List<FieldChange> f = SnapshotDiff.fieldChanges(a, b);
        assertThat(f).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("birth_dates");
            assertThat(c.added()).containsExactly("1961");
            assertThat(c.removed()).containsExactly("1960-01-02");
            assertThat(c.isMaterial()).isTrue();
        });
    }

    @Test
    void identicalSnapshotsGiveAnEmptyDiff() {
        SnapshotDiff d = SnapshotDiff.between(
                snapshot(List.of(person("1", "A", "B", "C"))), snapshot(List.of(person("1", "A", "C", "B"))));
        assertThat(d.isEmpty()).isTrue();
    }
}
