/**
 * The simulated worlds that drive the routing engine without Asterisk: the discrete-event
 * simulator ({@link org.numvert.sim.DiscreteEventSimulator}: virtual clock, seeded randomness,
 * scenarios read by {@link org.numvert.sim.ScenarioReader}) for capacity planning, benchmarks and
 * tests, the Erlang C and Erlang A references ({@link org.numvert.sim.ErlangC},
 * {@link org.numvert.sim.ErlangA}), and the real-time simulated PBX
 * ({@link org.numvert.sim.SimulatedPbx}, hosted by {@link org.numvert.sim.SimulatedPbxVerticle}): the
 * engine's call-control port when no Asterisk is configured, whose simulated callers walk the real IVR
 * scripts and whose simulated and human agents answer them, on Vert.x timers or, in tests, on a virtual
 * clock ({@link org.numvert.sim.SimScheduler}).
 */
package org.numvert.sim;
