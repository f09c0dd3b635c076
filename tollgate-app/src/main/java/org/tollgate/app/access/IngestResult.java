package org.tollgate.app.access;

import java.util.List;
import java.util.UUID;
import org.tollgate.app.web.ApiProblem;

/**
 * The answer to a batch of access events: the good events are stored, the bad ones reported by index.
 *
 * @param batchId the id of the batch (in each stored event, each signal and the audit record)
 * @param accepted how many events were stored
 * @param rejected the events not stored, with why
 * @param signals the signals the batch raised (at most 100 shown)
 * @param alertsOpened the geo alerts the batch opened (signals that joined an open alert open none)
 * @param geolocation {@code available}, or the reason the events were stored without geo screening
 */
public record IngestResult(
        UUID batchId,
        int accepted,
        List<Rejected> rejected,
        List<AccessSignal> signals,
        List<UUID> alertsOpened,
        String geolocation) {
    public IngestResult {
        rejected = List.copyOf(rejected);
        signals = List.copyOf(signals);
        alertsOpened = List.copyOf(alertsOpened);
    }

    /**
     * An event that was not stored.
     *
     * @param index its position in {@code events}
     * @param errors each invalid field, named as in the request ({@code events[17].ip})
     */
    public record Rejected(int index, List<ApiProblem.FieldError> errors) {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
