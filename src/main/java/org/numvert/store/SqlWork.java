package org.numvert.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
