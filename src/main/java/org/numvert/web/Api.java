package org.numvert.web;

import io.vertx.ext.web.Router;

/** One resource of the HTTP interface: adds its routes to the router. */
@FunctionalInterface
public interface Api {
    void mount(Router router);
}
