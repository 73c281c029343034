package org.numvert.records;

/**
 * Settings of the call records.
 *
 * @param retentionDays caller numbers are kept in clear this many days, then pseudonymised; the
 *                      agents' wrap-up notes are deleted after as many days
 */
public record RecordsSettings(int retentionDays) {
    public static final int DEFAULT_RETENTION_DAYS = 90;

    public RecordsSettings {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1: " + retentionDays);
        }
    }
}
