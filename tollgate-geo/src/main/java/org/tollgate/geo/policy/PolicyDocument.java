package org.tollgate.geo.policy;

import java.util.List;

/** The YAML shape of a policy file, bound by Jackson before it is checked and turned into a {@link GeoPolicy}. */
record PolicyDocument(
        String version,
        String name,
        String issued,
        String tenant,
        String disagreement,
        List<Rule> embargoes,
        List<Rule> specialMeasures,
        List<Rule> highRisk) {

    /** One rule as written. */
    record Rule(
            String id,
            String name,
            Boolean enabled,
            List<String> countries,
            List<String> regions,
            List<String> regionCodes,
            String from,
            String until,
            Boolean coarse,
            String measure,
            String authority,
            String note) {}
}
