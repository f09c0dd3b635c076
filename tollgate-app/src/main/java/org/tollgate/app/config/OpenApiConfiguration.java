package org.tollgate.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;

/** The OpenAPI document ({@code /api/openapi.json}): title, the bearer-key scheme, snake_case schemas. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static {
        // resolved from the authenticated request, not parameters a client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, TenantScope.class);
    }

    @Bean
    OpenAPI tollgateOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tollgate API")
                        .version("v1")
                        .description("KYC and restricted-party screening for cloud providers and their resellers."
                                + " Authenticate with 'Authorization: Bearer <API key>'. Errors are RFC 9457"
                                + " problem documents.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key: tg_...")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }

    /**
     * The schemas as the API writes JSON. springdoc describes models with Jackson 2 (swagger-core) while the web
     * layer writes with Jackson 3, so the snake_case naming of the web layer is repeated here.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        ObjectMapper mapper = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return new ModelResolver(mapper);
    }
}
