package org.tollgate.app.retention;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention purge on its schedule ({@code tollgate.retention.schedule}, daily at 03:30 by default). */
@Component
class RetentionJob {
    static final String ACTOR = "system:retention";

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${tollgate.retention.schedule:0 30 3 * * *}")
    void purge() {
        retention.purge(ACTOR, false);
    }
}
