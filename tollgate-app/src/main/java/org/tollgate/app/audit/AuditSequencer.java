package org.tollgate.app.audit;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Seals the audit log in the background: right after each commit that wrote audit records, and every second in any
 * case (records written by another process sharing the database, or left by a crash before they were sealed). On
 * shutdown it seals what is left. See {@link AuditLog}.
 */
@Component
class AuditSequencer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AuditSequencer.class);

    private final AuditLog audit;
    private volatile boolean running;
    private Thread thread;

    AuditSequencer(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "audit-sequencer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                audit.awaitWritten(1, TimeUnit.SECONDS);
                if (running) {
                    audit.seal();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the records stay pending (durable) and are sealed on the next round or by the next reader
                log.warn("Sealing the audit log failed: {}", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            audit.seal();
        } catch (RuntimeException e) {
            log.warn("Could not seal the audit log at shutdown (the records stay pending): {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops early (high phase) and so before the data source closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
