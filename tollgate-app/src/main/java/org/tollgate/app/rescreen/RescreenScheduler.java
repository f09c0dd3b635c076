package org.tollgate.app.rescreen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the service is ready (the lists are loaded by then), checks whether a full re-screen is due and starts the
 * worker, which first continues any run a previous process left unfinished; then checks hourly.
 */
@Component
class RescreenScheduler {
    private static final Logger log = LoggerFactory.getLogger(RescreenScheduler.class);

    private final RescreenService service;
    private final RescreenWorker worker;
    private final RescreenProperties props;

    RescreenScheduler(RescreenService service, RescreenWorker worker, RescreenProperties props) {
        this.service = service;
        this.worker = worker;
        this.props = props;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (!props.worker()) {
            return;
        }
        check();
        worker.start();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void hourly() {
        if (props.worker()) {
            check();
            worker.kick();
        }
    }

    private void check() {
        try {
            service.checkTriggers();
        } catch (RuntimeException e) {
            log.error("Re-screen trigger check failed: {}", e.getMessage(), e);
        }
    }
}
