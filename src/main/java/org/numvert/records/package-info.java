/**
 * Call records: the durable trace of every call, the figures derived from it, and the rules on
 * callers' personal data (issue 8, DESIGN.md "Data protection").
 *
 * <p>{@link org.numvert.records.CallRecorder} subscribes to the routing engine and is the
 * {@link org.numvert.records.CallJournal} the hosts (FastAGI, simulated PBX) report IVR events
 * to. It numbers every event of a run, and writes batches on the {@code numvert-db} worker pool,
 * one transaction each: the log rows, the call summaries, the agents' state history and the
 * 15-minute interval figures they change. The interval figures are folds over the log with the
 * routing package's own {@link org.numvert.routing.IntervalStatistics}, so a rebuild from the log
 * ({@link org.numvert.records.RunReplay}) gives the same rows.
 *
 * <p>Caller numbers are stored in clear for the retention period only
 * ({@link org.numvert.records.RetentionJob}); a keyed hash ({@link org.numvert.records.CallerKeys})
 * stands for them afterwards, and erasure on request removes both. The agents' wrap-up notes
 * ({@link org.numvert.records.WrapUpNoteBook}, read with {@link org.numvert.records.CallNotes})
 * are deleted after the same period, and with the calls of a caller who asks for erasure.
 *
 * <p>Callback tasks still owed when a run ends are carried over ({@link org.numvert.records.Outcome#CALLBACK_CARRIED})
 * and given back to the engine at the next start ({@link org.numvert.records.OwedCallbacks}); the
 * next run's summary of the same call continues them.
 */
package org.numvert.records;
