package org.tollgate.app.access;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the geo and access-log settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GeoProperties.class, AccessProperties.class})
class AccessConfiguration {}
