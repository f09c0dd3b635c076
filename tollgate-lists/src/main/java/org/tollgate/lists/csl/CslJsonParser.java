package org.tollgate.lists.csl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.csl.CslRecord.CslId;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListMetadata;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;

/**
 * Reads the trade.gov Consolidated Screening List in its JSON form: the API's search response or the JSON
 * download, {@code {"results": [ {...}, ... ]}} (a bare array of records is read too), plain or gzipped.
 *
 * <p>The file is streamed: only one record at a time is held as a tree. Records carry the same fields as the
 * CSV, with real arrays for {@code addresses} ({@code address, city, state, postal_code, country}),
 * {@code ids} ({@code type, number, country, issue_date, expiration_date}) and the name, date and country
 * lists; a list given as {@code ;}-separated text instead is read as in the CSV. The publication date is the
 * latest {@code source_last_updated} of {@code sources_used}, when the file has it. Entities are made exactly
 * as by {@link CslCsvParser}. JSON that is not well-formed ends the parse with a {@link ListParseException}
 * naming line and column, in lenient mode too.
 */
public final class CslJsonParser implements ListParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.CSL_JSON.defaultSource());
        Problems problems = new Problems(options);
        CslEntries entries = new CslEntries(source, file);
        Reading reading = new Reading(file, entries, problems);
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".json");
                JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                reading.results(p);
            } else if (first == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("results") && value == JsonToken.START_ARRAY) {
                        reading.results(p);
                    } else if (field.equals("sources_used") && value == JsonToken.START_ARRAY) {
                        reading.sourcesUsed(MAPPER.readTree(p));
                    } else {
                        // "total", "offset", "search_performed_at" and anything new
                        p.skipChildren();
                    }
                }
            } else {
                throw new ListParseException(file + ": not a Consolidated Screening List JSON file: expected an object"
                        + " with \"results\" or an array of records, found " + (first == null ? "nothing" : first));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr() + ":";
            throw new ListParseException(file + ":" + where + " not well-formed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        ListMetadata metadata = new ListMetadata(
                source, ListFormat.CSL_JSON, file, Optional.ofNullable(reading.published), reading.records, -1);
        return new ParsedList(metadata, entries.entities(), problems.list(), problems.count());
    }

    /** The state of one parse. */
    private static final class Reading {
        private final String file;
        private final CslEntries entries;
        private final Problems problems;
        private int records;
        private LocalDate published;

        Reading(String file, CslEntries entries, Problems problems) {
            this.file = file;
            this.entries = entries;
            this.problems = problems;
        }

        /** Reads the records of the array the parser has just entered. */
        void results(JsonParser p) throws IOException, ListParseException {
            int index = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                String where = "results[" + index++ + "] (line "
                        + p.currentTokenLocation().getLineNr();
                records++;
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    problems.report(file, where + ")", "expected a record object, found " + t + "; skipped");
                    continue;
                }
                JsonNode node = MAPPER.readTree(p);
                String id = text(node, "id");
                if (id.isEmpty()) {
                    id = text(node, "_id");
                }
                entries.add(record(node, id), where + (id.isEmpty() ? ")" : ", id " + id + ")"), problems);
            }
        }

        void sourcesUsed(JsonNode sources) {
            for (JsonNode s : sources) {
                String updated = text(s, "source_last_updated");
                if (updated.length() >= 10) {
                    CslEntry.isoDate(updated.substring(0, 10)).ifPresent(d -> {
                        if (published == null || d.isAfter(published)) {
                            published = d;
                        }
                    });
                }
            }
        }
    }

    private static CslRecord record(JsonNode n, String id) {
        Map<String, String> details = new HashMap<>();
        for (String field : CslRecord.DETAIL_FIELDS) {
            String v = text(n, field);
            if (!v.isEmpty()) {
                details.put(field, v);
            }
        }
        List<Address> addresses = new ArrayList<>();
        JsonNode a = n.path("addresses");
        if (a.isTextual()) {
            CslCsvParser.split(a.asText()).forEach(s -> addresses.add(CslCsvParser.address(s)));
        } else {
            for (JsonNode x : a) {
                String country = text(x, "country");
                String state = text(x, "state").isEmpty() ? text(x, "state_or_province") : text(x, "state");
                addresses.add(new Address(
                        List.of(text(x, "address")),
                        text(x, "city"),
                        state,
                        text(x, "postal_code"),
                        CslEntry.country(country).orElse(""),
                        CslEntry.country(country).isPresent() && country.length() == 2 ? "" : country));
            }
        }
        List<CslId> ids = new ArrayList<>();
        JsonNode i = n.path("ids");
        if (i.isTextual()) {
            CslCsvParser.split(i.asText()).forEach(s -> ids.add(CslCsvParser.id(s)));
        } else {
            for (JsonNode x : i) {
                ids.add(new CslId(text(x, "type"), text(x, "number"), text(x, "country")));
            }
        }
        return new CslRecord(
                id,
                text(n, "source"),
                text(n, "type"),
                text(n, "name"),
                list(n, "alt_names"),
                list(n, "programs"),
                addresses,
                ids,
                list(n, "dates_of_birth"),
                list(n, "places_of_birth"),
                list(n, "nationalities"),
                list(n, "citizenships"),
                details);
    }

    /** A scalar field as text; null, missing and non-scalar values are empty. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().strip();
    }

    /** A list field: an array of strings, or one {@code ;}-separated string. */
    private static List<String> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode x : v) {
                if (!x.isNull() && !x.isContainerNode() && !x.asText().isBlank()) {
                    out.add(x.asText().strip());
                }
            }
            return out;
        }
        return CslCsvParser.split(v.asText());
    }
}
