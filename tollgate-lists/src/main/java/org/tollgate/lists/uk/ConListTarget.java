package org.tollgate.lists.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;

/**
 * One OFSI target (a Group ID) while its name rows are read: OFSI repeats the target's details on every name
 * row, so each distinct value is taken once, and the names are ranked so that one primary name leads.
 */
final class ConListTarget {
    /** A name as a row gave it, with how good a stand-in it is when the group has no "Primary name" row. */
    private record RankedName(Name name, int rank) {}

    /** Ranks for choosing a primary name: lower is better. */
    static final int RANK_PRIMARY = 0;

    static final int RANK_PRIME_ALIAS = 1;
    static final int RANK_VARIATION = 2;
    static final int RANK_ALIAS = 3;
    static final int RANK_WEAK = 4;
    static final int RANK_FORMER = 5;
    static final int RANK_ORIGINAL_SCRIPT = 6;

    final String groupId;
    final String firstLocation;
    final Entity.Builder builder;
    EntityType type;
    String typeText = "";
    boolean typeReported;
    private final List<RankedName> names = new ArrayList<>();
    private final Set<String> remarks = new LinkedHashSet<>();
    private final Set<String> seen = new HashSet<>();
    private LocalDate listedOn;

    ConListTarget(String source, String groupId, String firstLocation) {
        this.groupId = groupId;
        this.firstLocation = firstLocation;
        this.builder = Entity.builder(source, groupId);
    }

    /**
     * Whether a cell value is new for this target; OFSI repeats a target's details on each of its rows, and
     * parsing them once keeps the work proportional to the distinct facts.
     */
    boolean firstTime(ConListColumn column, String value) {
        return seen.add(column.ordinal() + "\u0000" + value);
    }

    void name(String value, NameKind kind, String language, int rank) {
        if (value != null && !value.isBlank()) {
            names.add(new RankedName(new Name(value, kind, language), rank));
        }
    }

    void remark(String remark) {
        if (remark != null && !remark.isBlank()) {
            remarks.add(remark.strip());
        }
    }

    void listedOn(LocalDate date) {
        if (listedOn == null || date.isBefore(listedOn)) {
            listedOn = date;
        }
    }

    /** Builds the entity: one primary name first, each name once with its strongest kind. */
    Entity build() {
        builder.type(type == null ? EntityType.OTHER : type);
        for (Name n : orderedNames()) {
            builder.name(n);
        }
        remarks.forEach(builder::remark);
        builder.listedOn(listedOn);
        return builder.build();
    }

    private List<Name> orderedNames() {
        // The primary: the first "Primary name" row, else the best-ranked Latin name, else the first name.
        int primary = -1;
        for (int i = 0; i < names.size(); i++) {
            RankedName n = names.get(i);
            if (primary < 0 || n.rank < names.get(primary).rank) {
                primary = i;
            }
        }
        List<Name> out = new ArrayList<>();
        Name lead = names.get(primary).name;
        out.add(new Name(lead.value(), NameKind.PRIMARY, lead.language()));
        Set<String> taken = new HashSet<>();
        taken.add(lead.value());
        // Each further name once, with the strongest kind any row gave it; another "Primary name" of the same
        // target (OFSI has a few) becomes a strong alias so that the entity has one primary.
        List<Name> rest = new ArrayList<>();
        for (RankedName rn : names) {
            Name n = rn.name.kind() == NameKind.PRIMARY
                    ? new Name(rn.name.value(), NameKind.STRONG_ALIAS, rn.name.language())
                    : rn.name;
            if (taken.contains(n.value())) {
                continue;
            }
            int existing = indexOfValue(rest, n.value());
            if (existing < 0) {
                rest.add(n);
            } else if (strength(n.kind()) < strength(rest.get(existing).kind())) {
                rest.set(existing, n);
            }
        }
        out.addAll(rest);
        return out;
    }

    private static int indexOfValue(List<Name> names, String value) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static int strength(NameKind kind) {
        return switch (kind) {
            case PRIMARY -> 0;
            case STRONG_ALIAS -> 1;
            case ORIGINAL_SCRIPT -> 2;
            case FORMER_NAME -> 3;
            case WEAK_ALIAS -> 4;
        };
    }
}
