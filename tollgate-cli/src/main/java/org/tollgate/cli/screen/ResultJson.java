package org.tollgate.cli.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.tollgate.app.screening.HitView;
import org.tollgate.screening.Hit;
import org.tollgate.screening.ScreeningResult;
import org.tollgate.screening.explain.Explanation;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one screening outcome as one line of JSON (JSON Lines), in the shape {@code tollgate screen}
 * documents: {@code {"id", "threshold", "hits": [...]}} or, for a row that could not be screened, {@code
 * {"id", "error"}}. Streaming generation, so a worker thread can render its own rows without a shared mapper.
 */
public final class ResultJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Writes {@link HitView} as the service does (snake_case names, component order), so {@code tollgate screen},
     * {@code tollgate rescreen} and {@code POST /api/v1/screen} share one mapping. Immutable, so worker threads share
     * it.
     */
    private static final JsonMapper HIT_MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

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

    /** The hit as the service writes it ({@link HitView}: the one mapping of a hit to JSON). */
    private static void hit(JsonGenerator g, Hit h) throws IOException {
        g.writeRawValue(HIT_MAPPER.writeValueAsString(HitView.of(h)));
    }

    private static void explanation(JsonGenerator g, Explanation e) throws IOException {
        g.writeRawValue(HIT_MAPPER.writeValueAsString(HitView.explanation(e)));
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
