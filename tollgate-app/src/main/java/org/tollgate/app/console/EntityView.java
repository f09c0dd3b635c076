package org.tollgate.app.console;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.Identifier;

/**
 * A list entry as the alert page shows it beside the customer: names with their kind, birth dates, places,
 * nationalities, addresses, identifiers, programs, remarks and the link to the source's own page.
 */
record EntityView(
        String id,
        String source,
        String sourceRef,
        String type,
        List<NameLine> names,
        List<String> birthDates,
        List<String> placesOfBirth,
        List<String> nationalities,
        List<String> addresses,
        List<String> identifiers,
        List<String> programs,
        @Nullable String listedOn,
        String remarks,
        String subList,
        @Nullable String url) {

    /** One name and its kind (primary, strong alias, weak alias, former name, original script). */
    record NameLine(String value, String kind, MarkedName marked) {}

    static EntityView of(Entity e, java.util.Map<String, String> matchedTokens) {
        List<String> nationalities = new java.util.ArrayList<>(e.nationalities());
        e.citizenships().stream()
                .filter(c -> !nationalities.contains(c))
                .forEach(c -> nationalities.add(c + " (citizenship)"));
        return new EntityView(
                e.id(),
                e.source(),
                e.sourceRef(),
                e.type().name().toLowerCase(java.util.Locale.ROOT),
                e.names().stream()
                        .map(n -> new NameLine(
                                n.value(),
                                n.kind()
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', ' '),
                                MarkedName.of(n.value(), matchedTokens)))
                        .toList(),
                e.birthDates().stream().map(Object::toString).toList(),
                e.placesOfBirth(),
                List.copyOf(nationalities),
                e.addresses().stream().map(a -> a.fullText()).toList(),
                e.identifiers().stream().map(EntityView::identifier).toList(),
                e.programs(),
                e.listedOn().map(Object::toString).orElse(null),
                e.remarks(),
                e.subList(),
                link(e));
    }

    /** The entry's own page: the list's link when it gives one, else OFAC's search page for OFAC entries. */
    private static @Nullable String link(Entity e) {
        String own = safeUrl(e.url());
        if (own != null) {
            return own;
        }
        if (e.source().startsWith("us_ofac_") && e.sourceRef().matches("\\d+")) {
            return "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + e.sourceRef();
        }
        return null;
    }

    private static String identifier(Identifier i) {
        String type = i.label().isEmpty()
                ? i.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                : i.label();
        return type + ": " + i.value() + (i.country().isEmpty() ? "" : " (" + i.country() + ")");
    }

    /** Only http(s) links are shown as links: a list file is outside data and could carry a javascript: URL. */
    private static @Nullable String safeUrl(String url) {
        String u = url.strip();
        return u.startsWith("https://") || u.startsWith("http://") ? u : null;
    }
}
