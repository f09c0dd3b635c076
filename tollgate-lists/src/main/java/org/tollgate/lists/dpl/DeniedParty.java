package org.tollgate.lists.dpl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.csl.OrganizationNames;
import org.tollgate.lists.dpl.DplParser.DplRow;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.Problems;

/** One denied party being assembled from the DPL rows that carry its name. */
final class DeniedParty {
    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Years outside this range are typing errors (the real file has 222, 2922 and 3017), not dates. */
    private static final int FIRST_PLAUSIBLE_YEAR = 1900;

    private static final int LAST_PLAUSIBLE_YEAR = 2100;

    private final Entity.Builder builder;
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final String file;
    private LocalDate listedOn;

    DeniedParty(String source, String name, String file) {
        this.builder = Entity.builder(source, sourceRef(name))
                .name(name, NameKind.PRIMARY)
                .type(OrganizationNames.looksLikeOrganization(name) ? EntityType.ORGANIZATION : EntityType.PERSON);
        this.file = file;
    }

    /**
     * The name as rows are grouped by it: compatibility-normalised, upper case, letters and digits only, one
     * space between words. "ABDULAH AL-NASSER" and " Abdulah al Nasser" are the same key.
     */
    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The source reference of a party: the first 16 hex digits of the SHA-256 of its {@link #key name key}.
     * Stable across downloads for as long as BIS spells the name the same way, and unique within a file because
     * rows are grouped by that key (64 bits make an accidental clash among a few hundred names negligible).
     */
    static String sourceRef(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key(name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void add(DplRow row, Problems problems) throws ListParseException {
        String countryField = row.get("country");
        Optional<String> code = Countries.alpha2(countryField);
        Address address = new Address(
                List.of(row.get("street_address")),
                row.get("city"),
                row.get("state"),
                row.get("postal_code"),
                code.orElse(""),
                code.isPresent() ? "" : countryField);
        if (!address.isEmpty()) {
            builder.address(address);
        }
        Optional<LocalDate> effective = date(row, "effective_date", "Effective_Date", problems);
        Optional<LocalDate> expiration = date(row, "expiration_date", "Expiration_Date", problems);
        date(row, "last_update", "Last_Update", problems);
        effective.ifPresent(d -> {
            if (listedOn == null || d.isBefore(listedOn)) {
                listedOn = d;
            }
        });
        String from = effective.map(LocalDate::toString).orElse(row.get("effective_date"));
        String until = expiration.map(LocalDate::toString).orElse(row.get("expiration_date"));
        String standard = row.get("standard_order").toUpperCase(Locale.ROOT);
        orders.computeIfAbsent(from + "|" + until + "|" + standard, k -> new Order(from, until, standard))
                .add(row.get("action"), row.get("fr_citation"));
    }

    /**
     * One denial order of the party. BIS repeats an order on each of the party's address rows, often with the
     * action and citation texts of one row less complete than another's; the longest of each is kept.
     */
    private static final class Order {
        private final String effective;
        private final String expiration;
        private final String standardOrder;
        private String action = "";
        private String citation = "";

        Order(String effective, String expiration, String standardOrder) {
            this.effective = effective;
            this.expiration = expiration;
            this.standardOrder = standardOrder;
        }

        void add(String action, String citation) {
            this.action = action.length() > this.action.length() ? action : this.action;
            this.citation = citation.length() > this.citation.length() ? citation : this.citation;
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            parts.add("Denial order effective " + effective);
            if (!expiration.isEmpty()) {
                parts.add("expires " + expiration);
            }
            if (!standardOrder.isEmpty()) {
                parts.add("standard order " + standardOrder);
            }
            if (!action.isEmpty()) {
                parts.add("last action: " + action);
            }
            if (!citation.isEmpty()) {
                parts.add("Federal Register: " + citation);
            }
            return String.join(", ", parts);
        }
    }

    /**
     * Reads a date field: empty is fine; {@code MM/dd/yyyy} or {@code yyyy-MM-dd}; anything else, or a year no
     * list date can have, is reported and ignored (the row itself is kept).
     */
    private Optional<LocalDate> date(DplRow row, String column, String label, Problems problems)
            throws ListParseException {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate d;
        try {
            d = text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            problems.report(file, "line " + row.line() + ", field " + label, "not a date (MM/dd/yyyy): '" + text + "'");
            return Optional.empty();
        }
        if (d.getYear() < FIRST_PLAUSIBLE_YEAR || d.getYear() > LAST_PLAUSIBLE_YEAR) {
            problems.report(
                    file,
                    "line " + row.line() + ", field " + label,
                    "implausible date '" + text + "' (year " + d.getYear() + ", a typing error?); the date is"
                            + " ignored, the row kept");
            return Optional.empty();
        }
        return Optional.of(d);
    }

    Entity build() {
        builder.listedOn(listedOn);
        for (Order order : orders.values()) {
            builder.remark(order.toString());
        }
        return builder.build();
    }
}
