package org.tollgate.lists.opensanctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListMetadata;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;

/**
 * Reads OpenSanctions' FollowTheMoney export ({@code entities.ftm.json}): JSON lines, one FtM entity per line,
 * plain, gzipped or zipped.
 *
 * <p>Only "things" become entities, with the OpenSanctions id as source reference: Person (person), Company,
 * Organization, LegalEntity and PublicBody (organization), Vessel (vessel) and Airplane (aircraft). The other
 * records are folded into the things they name, whatever their order in the file:
 *
 * <ul>
 *   <li>Ownership: an OWNED_BY link on the asset and an OWNS link on the owner; Directorship, Family,
 *       Associate, UnknownLink, Membership, Employment, Representation, Succession: LINKED_TO links both ways.
 *       Link targets are the stable ids ({@code opensanctions:<id>}); descriptions carry role, share and dates.
 *   <li>Sanction: its program ids (else program names) become programs, the earliest listing (else start) date
 *       the listing date, and authority, program and reason a remark.
 *   <li>Identification and Passport: identifiers of the holder; CryptoWallet: a digital-currency address of
 *       the holder; Address: a postal address of each thing naming it in {@code addressEntity}.
 * </ul>
 *
 * <p>Names: the caption is the primary name; {@code name} and {@code alias} values are strong aliases, or
 * original-script names when not written in Latin letters; {@code weakAlias} and {@code abbreviation} weak
 * aliases; {@code previousName} former names. Country codes ({@code ru}) become upper-case ISO codes;
 * nationality and citizenship are kept as such, an organisation's jurisdiction and a vessel's flag as its
 * nationality, other countries as country-only addresses. The entity's datasets are its sub-list. A thing that
 * OpenSanctions carries only for its links to targets ({@code "target": false}) is kept, with a remark saying
 * so, because owned and related companies matter to screening too.
 */
public final class FtmJsonParser implements ListParser {
    /** One FtM entity is a few KiB; a line of 64 Mi characters is certainly not one. */
    static final int MAX_LINE_CHARS = 64 << 20;

    /** Rejects trailing text after the entity, which would otherwise be ignored silently. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.FTM_JSON.defaultSource());
        Problems problems = new Problems(options);
        FtmCollector collector = new FtmCollector(source, file, problems);
        int records = 0;
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".json");
                Reader reader = new BufferedReader(
                        new InputStreamReader(
                                in,
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPLACE)
                                        .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                        1 << 16)) {
            BoundedLines lines = new BoundedLines(reader, MAX_LINE_CHARS);
            String line;
            while ((line = lines.next()) != null) {
                String location = "line " + lines.number();
                if (lines.tooLong()) {
                    problems.report(
                            file, location, "the line is longer than " + MAX_LINE_CHARS + " characters; skipped");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                records++;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.report(file, location, "not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
                collector.accept(location, node);
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        List<Entity> entities = collector.finish();
        ListMetadata meta = new ListMetadata(source, ListFormat.FTM_JSON, file, Optional.empty(), records, -1);
        return new ParsedList(meta, entities, problems.list(), problems.count());
    }
}
