package org.tollgate.app.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retention periods per record class ({@code tollgate.retention.*}) and the purge schedule.
 *
 * @param screeningEvidence screening results, alerts and their actions, risk assessments, allow-list entries: kept
 *     this long after they were made or last changed (OFAC keeps records 10 years)
 * @param identity a closed account's identification data (its customer versions, its stored idempotent responses,
 *     its declared country): kept this long after the account was closed or last accessed, whichever is later
 * @param accessLog access (IP) events: kept this long after the event (they carry the geo-screening result)
 * @param idempotencyKeys stored responses of idempotent creates: kept this long after the request
 * @param schedule when the purge job runs (Spring cron, server time zone); {@code -} disables it
 */
@ConfigurationProperties("tollgate.retention")
public record RetentionProperties(
        Period screeningEvidence, Period identity, Period accessLog, Period idempotencyKeys, String schedule) {
    public RetentionProperties {
        screeningEvidence = screeningEvidence == null ? Period.ofYears(10) : screeningEvidence;
        identity = identity == null ? Period.ofYears(5) : identity;
        accessLog = accessLog == null ? Period.ofYears(10) : accessLog;
        idempotencyKeys = idempotencyKeys == null ? Period.ofDays(90) : idempotencyKeys;
        schedule = schedule == null || schedule.isBlank() ? "0 30 3 * * *" : schedule;
        for (Period p : new Period[] {screeningEvidence, identity, accessLog, idempotencyKeys}) {
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("tollgate.retention periods must be positive, got " + p);
            }
        }
    }
}
