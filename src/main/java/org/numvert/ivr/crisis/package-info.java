/**
 * Crisis mode in service: the {@link org.numvert.ivr.crisis.CrisisSwitchboard} that supervisors'
 * pages call to switch a hotline (or all of them) to a crisis message and routing, stored with
 * its history, and that every new call reads before its IVR begins.
 */
package org.numvert.ivr.crisis;
