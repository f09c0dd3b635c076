package org.tollgate.app.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery settings ({@code tollgate.webhooks.*}).
 *
 * @param dispatch whether this process delivers (command-line tasks switch it off)
 * @param poll how often the outbox is read
 * @param backoff the wait after the first failed attempt; it doubles after each further failure
 * @param maxBackoff the longest wait between attempts
 * @param maxAttempts attempts before a delivery is given up ({@code failed})
 * @param timeout connect and response timeout of one attempt
 * @param lease how long a claimed delivery is reserved for one attempt (a process that dies mid-attempt leaves it
 *     to be tried again when the lease ends)
 * @param batch deliveries claimed at once
 */
@ConfigurationProperties("tollgate.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean dispatch,
        @DefaultValue("PT1S") Duration poll,
        @DefaultValue("PT10S") Duration backoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("20") int batch) {}
