package org.tollgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tollgate.lists.json.EntityJson;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.snapshot.ListSnapshot;

/** The counts {@code lists inspect} reports for one parsed list. */
record ListStats(
        String source,
        String format,
        String origin,
        String publishedAt,
        int entities,
        Map<EntityType, Integer> byType,
        int names,
        Map<NameKind, Integer> namesByKind,
        int identifiers,
        int addresses,
        int birthDates,
        int problems,
        String sha256,
        long parseMillis) {

    static ListStats of(ParsedList parsed, ListSnapshot snap, long parseMillis) {
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            byType.put(t, 0);
        }
        Map<NameKind, Integer> byKind = new EnumMap<>(NameKind.class);
        for (NameKind k : NameKind.values()) {
            byKind.put(k, 0);
        }
        int names = 0;
        int ids = 0;
        int addresses = 0;
        int dobs = 0;
        for (Entity e : parsed.entities()) {
            byType.merge(e.type(), 1, Integer::sum);
            names += e.names().size();
            e.names().forEach(n -> byKind.merge(n.kind(), 1, Integer::sum));
            ids += e.identifiers().size();
            addresses += e.addresses().size();
            dobs += e.birthDates().size();
        }
        return new ListStats(
                parsed.source(),
                parsed.metadata().format().code(),
                parsed.metadata().origin(),
                parsed.metadata().publishedAt().map(Object::toString).orElse(""),
                parsed.entities().size(),
                byType,
                names,
                byKind,
                ids,
                addresses,
                dobs,
                parsed.problemCount(),
                snap.sha256(),
                parseMillis);
    }

    ObjectNode toJson() {
        ObjectNode o = EntityJson.MAPPER.createObjectNode();
        o.put("source", source);
        o.put("format", format);
        o.put("origin", origin);
        o.put("published_at", publishedAt);
        o.put("entities", entities);
        ObjectNode t = o.putObject("by_type");
        byType.forEach((k, v) -> t.put(k.code(), v));
        o.put("names", names);
        ObjectNode nk = o.putObject("names_by_kind");
        namesByKind.forEach((k, v) -> nk.put(k.name().toLowerCase(Locale.ROOT), v));
        o.put("identifiers", identifiers);
        o.put("addresses", addresses);
        o.put("birth_dates", birthDates);
        o.put("problems", problems);
        o.put("sha256", sha256);
        o.put("parse_ms", parseMillis);
        return o;
    }
}
