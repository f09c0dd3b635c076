package org.tollgate.app.rescreen;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Re-screening settings ({@code tollgate.rescreen.*}).
 *
 * @param worker whether this process works the runs (command-line tasks switch it off; several service instances
 *     may all work, batches are claimed with row locks)
 * @param fullPeriod how often a full re-screen runs (a full run also starts when the engine version, the threshold
 *     or the risk policy version changes)
 * @param poll how often the worker looks for runs to work
 * @param batchSize customers per transaction in a full run
 * @param threads workers (and parts of the customer id space) of a full run
 * @param pause a pause after each batch, to spare a busy database
 * @param reverseMinScore the score from which a customer found by reverse screening is screened again in full
 *     (below the alert threshold, since the reverse index weighs words by the customer names, not the lists')
 * @param reverseCandidates at most this many customer names are scored per list name
 */
@ConfigurationProperties("tollgate.rescreen")
public record RescreenProperties(
        @DefaultValue("true") boolean worker,
        @DefaultValue("P7D") Duration fullPeriod,
        @DefaultValue("PT5S") Duration poll,
        @DefaultValue("200") int batchSize,
        @DefaultValue("2") int threads,
        @DefaultValue("PT0S") Duration pause,
        @DefaultValue("0.65") double reverseMinScore,
        @DefaultValue("2000") int reverseCandidates) {}
