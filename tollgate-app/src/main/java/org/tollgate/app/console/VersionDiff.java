package org.tollgate.app.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The difference between two versions of a customer's data, field by field: each version's JSON is flattened to
 * paths ({@code addresses[0].city}) and the paths whose values differ are listed, in the order of the newer version.
 *
 * @param from the older version number
 * @param to the newer version number
 * @param changes the fields that differ
 */
record VersionDiff(int from, int to, List<Change> changes) {

    /**
     * One changed field.
     *
     * @param path the field ({@code name}, {@code addresses[0].country})
     * @param before its value in the older version, null when it was absent
     * @param after its value in the newer version, null when it is gone
     */
    record Change(
            String path, @Nullable String before, @Nullable String after) {
        public String kind() {
            return before == null ? "added" : after == null ? "removed" : "changed";
        }
    }

    static VersionDiff of(int from, JsonNode older, int to, JsonNode newer) {
        Map<String, String> a = flatten(older);
        Map<String, String> b = flatten(newer);
        Set<String> paths = new LinkedHashSet<>(b.keySet());
        paths.addAll(a.keySet());
        List<Change> out = new ArrayList<>();
        for (String p : paths) {
            String x = a.get(p);
            String y = b.get(p);
            if (x == null ? y != null : !x.equals(y)) {
                out.add(new Change(p, x, y));
            }
        }
        return new VersionDiff(from, to, List.copyOf(out));
    }

    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node.asString());
        }
    }
}
