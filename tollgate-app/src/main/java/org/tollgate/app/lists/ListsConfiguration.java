package org.tollgate.app.lists;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the list properties and the scheduled refresh. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListsProperties.class)
@EnableScheduling
class ListsConfiguration {}
