package org.tollgate.lists.opensanctions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;

/**
 * The names of one entity while they are read: each value once, with the strongest kind it was given, and
 * exactly one primary name (a second "primary" becomes a strong alias).
 */
final class NameList {
    private final Map<String, NameKind> kinds = new LinkedHashMap<>();
    private String primary;

    /** Adds a name unless blank; a name already present keeps the stronger of its two kinds. */
    void add(String value, NameKind kind) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = new Name(value, kind).value();
        NameKind k = kind;
        if (k == NameKind.PRIMARY) {
            if (primary == null || primary.equals(v)) {
                primary = v;
                kinds.remove(v);
                return;
            }
            k = NameKind.STRONG_ALIAS;
        }
        if (v.equals(primary)) {
            return;
        }
        NameKind existing = kinds.get(v);
        if (existing == null || strength(k) < strength(existing)) {
            kinds.put(v, k);
        }
    }

    boolean isEmpty() {
        return primary == null && kinds.isEmpty();
    }

    /** The names, the primary first; without a stated primary the first name added stands in for it. */
    List<Name> names() {
        List<Name> out = new ArrayList<>(kinds.size() + 1);
        String lead = primary;
        if (lead == null) {
            lead = kinds.keySet().stream().findFirst().orElseThrow();
        }
        out.add(new Name(lead, NameKind.PRIMARY));
        for (Map.Entry<String, NameKind> e : kinds.entrySet()) {
            if (!e.getKey().equals(lead)) {
                out.add(new Name(e.getKey(), e.getValue()));
            }
        }
        return out;
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
