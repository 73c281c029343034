package org.numvert.store;

import java.time.Instant;

/** One line of the audit trail: a record with its number and time. */
public record AuditEntry(long id, Instant occurredAt, AuditRecord record) {
}
