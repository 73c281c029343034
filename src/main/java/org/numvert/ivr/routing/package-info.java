/**
 * The IVR's outcomes as the routing engine's inputs: one translation shared by every host of calls
 * (simulated PBX, FastAGI behind Asterisk), so that they cannot drift apart.
 */
package org.numvert.ivr.routing;
