/**
 * The simulated worlds that drive the routing engine without Asterisk: the discrete-event
 * simulator ({@link org.numvert.sim.DiscreteEventSimulator}: virtual clock, seeded randomness,
 * scenarios read by {@link org.numvert.sim.ScenarioReader}) for capacity planning, benchmarks and
 * tests, the Erlang C and Erlang A references ({@link org.numvert.sim.ErlangC},
 * {@link org.numvert.sim.ErlangA}), and the settings of the real-time simulated PBX.
 */
package org.numvert.sim;
