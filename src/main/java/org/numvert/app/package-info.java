/**
 * The composition root: command line ({@link org.numvert.app.Main}), validated immutable
 * configuration ({@link org.numvert.app.ConfigLoader}), and the wiring and deployment order of
 * the service ({@link org.numvert.app.Numvert}). The only package that knows every other one.
 */
package org.numvert.app;
