package org.tollgate.app.tenant;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tenant: the provider (no parent) or a reseller under it.
 *
 * @param id the tenant's id
 * @param parentId the provider of a reseller; null for a provider
 * @param kind provider or reseller
 * @param name display name, unique among the resellers of one provider
 * @param createdAt when it was created
 */
public record Tenant(UUID id, @Nullable UUID parentId, TenantKind kind, String name, Instant createdAt) {}
