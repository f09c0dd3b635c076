package org.tollgate.app.lists;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tollgate.lists.ListSpec;

/**
 * Where the lists come from ({@code tollgate.lists.*}, see application.properties).
 *
 * @param store the snapshot store directory
 * @param local local list files imported at start and on every refresh: {@code FORMAT=PATH}, comma-separated
 * @param refresh how often the lists are refreshed
 * @param fetch whether a refresh fetches the official URLs (off by default, so tests and demos stay offline)
 * @param load whether to build the index at all (command-line tasks that screen nobody switch it off)
 * @param keep snapshots kept per source
 */
@ConfigurationProperties("tollgate.lists")
public record ListsProperties(
        Path store,
        @DefaultValue("") String local,
        @DefaultValue("PT6H") Duration refresh,
        @DefaultValue("false") boolean fetch,
        @DefaultValue("true") boolean load,
        @DefaultValue("10") int keep) {

    /** The local list files, parsed; fails at start, naming the entry, when one is not {@code FORMAT=PATH}. */
    public List<ListSpec> localSpecs() {
        List<ListSpec> out = new ArrayList<>();
        if (local == null) {
            return out;
        }
        for (String part : local.split(",")) {
            if (!part.isBlank()) {
                out.add(ListSpec.parse(part.strip()));
            }
        }
        return List.copyOf(out);
    }
}
