/**
 * The system of record: HSQLDB (embedded, file under the data directory), versioned migrations,
 * repositories. The only package that imports {@code java.sql} (checked by the build).
 *
 * <p>Repositories are blocking and are called on the {@code numvert-db} worker pool ({@link
 * org.numvert.store.Database#async}), never on an event loop. Commits are durable: the database
 * runs with {@code write_delay=false}, so a {@code kill -9} loses nothing that was committed.
 *
 * <p>{@link org.numvert.store.Roster} keeps the routing engine in step with the stored agents, skill
 * groups and agents' routing states (written first, then given to the engine).
 */
package org.numvert.store;
