package org.tollgate.app.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Screening settings ({@code tollgate.screening.*}).
 *
 * @param threshold the alert threshold, 0..1
 */
@ConfigurationProperties("tollgate.screening")
public record ScreeningProperties(@DefaultValue("0.80") double threshold) {}
