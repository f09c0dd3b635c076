package org.tollgate.cli.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.tollgate.screening.Hit;
import org.tollgate.screening.ScreeningResult;
import org.tollgate.screening.explain.Explanation;
import org.tollgate.screening.explain.Factor;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.explain.UnmatchedToken;

/**
 * Writes one screening outcome as one line of JSON (JSON Lines), in the shape {@code tollgate screen}
 * documents: {@code {"id", "threshold", "hits": [...]}} or, for a row that could not be screened, {@code
 * {"id", "error"}}. Streaming generation, so a worker thread can render its own rows without a shared mapper.
 */
public final class ResultJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {}

    /** The line for a screened row. */
    public static String result(String id, ScreeningResult r) {
        return render(g -> {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeNumberField("threshold", r.threshold());
            g.writeArrayFieldStart("hits");
            for (Hit h : r.hits()) {
                hit(g, h);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The line for a row that could not be screened. */
    public static String error(String id, String message) {
        return render(g -> {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    /**
     * The line for one potential match found by reverse screening a changed list entity against customers.
     *
     * @param change {@code added}, {@code changed} or {@code removed}
     * @param entityId the list entity's id
     * @param entityName its primary name
     * @param h the hit: the customer that may be the entity
     * @param action what to do: {@code review} (open an alert) or {@code close} (delisted)
     * @param reason why, e.g. {@code delisted on 2021-12-30}
     */
    public static String rescreen(
            String change, String entityId, String entityName, Hit h, String action, String reason) {
        return render(g -> {
            g.writeStartObject();
            g.writeStringField("change", change);
            g.writeStringField("action", action);
            g.writeStringField("reason", reason);
            g.writeStringField("entity_id", entityId);
            g.writeStringField("entity_name", entityName);
            g.writeStringField("customer_id", h.entityId());
            g.writeStringField("customer_name", h.name());
            g.writeStringField("matched_name", h.matchedName());
            g.writeNumberField("score", h.score());
            g.writeBooleanField("alert", h.alert());
            g.writeFieldName("explanation");
            explanation(g, h.explanation());
            g.writeEndObject();
        });
    }

    private static void hit(JsonGenerator g, Hit h) throws IOException {
        g.writeStartObject();
        g.writeStringField("entity_id", h.entityId());
        g.writeStringField("source", h.source());
        g.writeStringField("source_ref", h.sourceRef());
        g.writeStringField("name", h.name());
        g.writeStringField("matched_name", h.matchedName());
        g.writeStringField("type", h.type());
        g.writeNumberField("score", h.score());
        g.writeBooleanField("alert", h.alert());
        g.writeFieldName("explanation");
        explanation(g, h.explanation());
        g.writeEndObject();
    }

    private static void explanation(JsonGenerator g, Explanation e) throws IOException {
        g.writeStartObject();
        g.writeStringField("matched_name", e.matchedName());
        g.writeStringField("name_strength", e.nameStrength());
        strings(g, "query_tokens", e.queryTokens());
        strings(g, "list_tokens", e.listTokens());
        g.writeArrayFieldStart("alignments");
        for (TokenAlignment a : e.alignments()) {
            g.writeStartObject();
            g.writeStringField("query", a.queryToken());
            g.writeStringField("list", a.listToken());
            g.writeStringField("method", a.method().code());
            g.writeNumberField("similarity", round(a.similarity()));
            g.writeNumberField("weight", round(a.weight()));
            g.writeEndObject();
        }
        g.writeEndArray();
        unmatched(g, "unmatched_query", e.unmatchedQuery());
        unmatched(g, "unmatched_list", e.unmatchedList());
        g.writeNumberField("query_coverage", round(e.queryCoverage()));
        g.writeNumberField("list_coverage", round(e.listCoverage()));
        g.writeNumberField("name_score", e.nameScore());
        g.writeArrayFieldStart("factors");
        for (Factor f : e.factors()) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind());
            g.writeStringField("effect", f.effect());
            g.writeStringField("detail", f.detail());
            g.writeNumberField("adjustment", round(f.adjustment()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("composition", e.composition());
        g.writeNumberField("score", e.score());
        g.writeEndObject();
    }

    private static void unmatched(JsonGenerator g, String field, List<UnmatchedToken> tokens) throws IOException {
        g.writeArrayFieldStart(field);
        for (UnmatchedToken t : tokens) {
            g.writeStartObject();
            g.writeStringField("token", t.token());
            g.writeStringField("kind", t.kind());
            g.writeNumberField("weight", round(t.weight()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Four decimals are what a reader can use; more only make the file longer. */
    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String render(Body body) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return w.toString();
    }
}
