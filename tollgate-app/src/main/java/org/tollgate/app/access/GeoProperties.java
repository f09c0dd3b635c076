package org.tollgate.app.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the IP data and the geo policy come from ({@code tollgate.geo.*}).
 *
 * @param dataDir the data directory laid out by {@code scripts/install-geo-data.sh}; blank means: {@code data/geo}
 *     under the working directory, else {@code TOLLGATE_GEO_DATA} or {@code data/geo} of the repository the service
 *     runs from, else {@code $TOLLGATE_HOME/geo}
 * @param torExits a Tor bulk exit list file; blank for none
 * @param policy a complete geo policy (YAML) replacing the built-in one; blank for the built-in one
 * @param tenantPolicies a directory of tenant overrides, one {@code <tenant-id>.yaml} per tenant, merged over the
 *     policy; blank for none
 */
@ConfigurationProperties("tollgate.geo")
public record GeoProperties(
        @DefaultValue("") String dataDir,
        @DefaultValue("") String torExits,
        @DefaultValue("") String policy,
        @DefaultValue("") String tenantPolicies) {}
