/**
 * The call records over HTTP (issue 8): call summaries, figures per group, hotline and agent as
 * JSON or CSV, the queue_log export, a caller's requests about their data, and the daily
 * summary page. Supervisors only (an AD'OCC supervisor reads the groups AD'OCC staffs and
 * AD'OCC's agents), except the agent desktop's "previous calls of this caller today".
 */
package org.numvert.web.reports;
