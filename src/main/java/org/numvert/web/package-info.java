/**
 * HTTP: one {@code *Api} class per resource, each with {@code mount(Router)}; push streams for
 * live views; the pages (agent desktop, supervisor wallboard). Handlers never block: they reach
 * the engine by message and the database and index through their worker pools. The live APIs
 * (agents, groups, the agent desk, crisis mode, supervision, the SSE streams) read the engine through
 * {@link org.numvert.web.LiveBoard} and decide who may see what with {@link org.numvert.web.Principal}.
 *
 * <p>Errors: handlers fail the routing context with {@link org.numvert.web.ApiException} (or a
 * typed exception of another package); {@link org.numvert.web.Failures} maps every failure to a
 * status code and a JSON body {@code {"error": "..."}}. Bad input is a 4xx, never a 500.
 */
package org.numvert.web;
