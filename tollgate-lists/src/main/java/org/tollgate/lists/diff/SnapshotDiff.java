package org.tollgate.lists.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.snapshot.ListSnapshot;

/**
 * What changed between two snapshots of one list: entities added, removed, and changed with the exact fields.
 * Entities are matched by their stable id, so a renamed entity is a change, not a removal plus an addition.
 *
 * @param oldHash the content hash of the old snapshot
 * @param newHash the content hash of the new snapshot
 * @param added entities only in the new snapshot, by id
 * @param removed entities only in the old snapshot, by id
 * @param changed entities in both with different content, by id
 */
public record SnapshotDiff(
        String oldHash, String newHash, List<Entity> added, List<Entity> removed, List<EntityChange> changed) {

    public SnapshotDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Whether the two snapshots hold the same content. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Compares two snapshots of the same source. */
    public static SnapshotDiff between(ListSnapshot before, ListSnapshot after) {
        Map<String, Entity> old = before.byId();
        Map<String, Entity> neu = after.byId();
        List<Entity> added = new ArrayList<>();
        List<EntityChange> changed = new ArrayList<>();
        for (Entity e : neu.values()) {
            Entity o = old.get(e.id());
            if (o == null) {
                added.add(e);
            } else if (!o.equals(e)) {
                List<FieldChange> fields = fieldChanges(o, e);
                if (!fields.isEmpty()) {
                    changed.add(new EntityChange(o, e, fields));
                }
            }
        }
        List<Entity> removed =
                old.values().stream().filter(e -> !neu.containsKey(e.id())).toList();
        return new SnapshotDiff(before.sha256(), after.sha256(), added, removed, changed);
    }

    /** The fields that differ between two versions of one entity, order-insensitive for lists. */
    public static List<FieldChange> fieldChanges(Entity a, Entity b) {
        List<FieldChange> out = new ArrayList<>();
        compare(out, "type", List.of(a.type().code()), List.of(b.type().code()), Function.identity());
        compare(out, "names", a.names(), b.names(), SnapshotDiff::nameText);
        compare(out, "birth_dates", a.birthDates(), b.birthDates(), BirthDate::toString);
        compare(out, "places_of_birth", a.placesOfBirth(), b.placesOfBirth(), Function.identity());
        compare(out, "nationalities", a.nationalities(), b.nationalities(), Function.identity());
        compare(out, "citizenships", a.citizenships(), b.citizenships(), Function.identity());
        compare(out, "addresses", a.addresses(), b.addresses(), Address::fullText);
        compare(out, "identifiers", a.identifiers(), b.identifiers(), SnapshotDiff::identifierText);
        compare(out, "gender", List.of(a.gender().name()), List.of(b.gender().name()), Function.identity());
        compare(out, "programs", a.programs(), b.programs(), Function.identity());
        compare(
                out,
                "listed_on",
                a.listedOn().map(Object::toString).stream().toList(),
                b.listedOn().map(Object::toString).stream().toList(),
                Function.identity());
        compare(out, "remarks", nonEmpty(a.remarks()), nonEmpty(b.remarks()), Function.identity());
        compare(out, "links", a.links(), b.links(), SnapshotDiff::linkText);
        compare(out, "sub_list", nonEmpty(a.subList()), nonEmpty(b.subList()), Function.identity());
        compare(out, "url", nonEmpty(a.url()), nonEmpty(b.url()), Function.identity());
        return out;
    }

    private static List<String> nonEmpty(String s) {
        return s.isEmpty() ? List.of() : List.of(s);
    }

    private static <T> void compare(
            List<FieldChange> out, String field, List<T> before, List<T> after, Function<T, String> text) {
        if (Objects.equals(Set.copyOf(before), Set.copyOf(after))) {
            return;
        }
        Set<String> b = new LinkedHashSet<>();
        before.forEach(x -> b.add(text.apply(x)));
        Set<String> a = new LinkedHashSet<>();
        after.forEach(x -> a.add(text.apply(x)));
        List<String> added = a.stream().filter(x -> !b.contains(x)).toList();
        List<String> removed = b.stream().filter(x -> !a.contains(x)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            // same display text, different detail (e.g. a name's kind changed): show both versions
            added = List.copyOf(a);
            removed = List.copyOf(b);
        }
        out.add(new FieldChange(field, added, removed));
    }

    private static String nameText(Name n) {
        return n.value() + " (" + n.kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String identifierText(Identifier i) {
        return i.type().code() + " " + i.value() + (i.country().isEmpty() ? "" : " (" + i.country() + ")");
    }

    private static String linkText(Link l) {
        return l.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + l.target();
    }
}
