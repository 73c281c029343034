/**
 * The IVR, pure: the call-flow model of the hotlines' scripts, their parser and validator, French
 * opening hours and public holidays, crisis switches as values, and the interpreter.
 *
 * <p>Imports only {@code java.*} (checked by the build): reading YAML files is the job of
 * {@link org.numvert.ivr.yaml}, which turns a file into a positioned {@link org.numvert.ivr.ScriptNode}
 * tree; from there on everything here is pure. A script is compiled by
 * {@link org.numvert.ivr.ScriptCompiler} into an immutable {@link org.numvert.ivr.Script}; scripts in
 * service form a {@link org.numvert.ivr.ScriptLibrary} (lookup by hotline or dialled number).
 *
 * <p>The interpreter is {@link org.numvert.ivr.IvrSession}: an immutable state and a step function
 * over the script version, the call's start instant, the {@link org.numvert.ivr.CrisisState} and
 * the caller's inputs. Hosts (the FastAGI session, the simulated PBX, {@code ivr run}) carry out
 * its {@link org.numvert.ivr.IvrStep}s and convert its {@link org.numvert.ivr.IvrOutcome}s.
 */
package org.numvert.ivr;
