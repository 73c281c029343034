package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: mounts every {@link Api} on one router with a body limit and the one failure
 * handler, and listens on the configured address (loopback by default).
 */
public final class WebServer extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Bodies above this size are refused with 413 before any handler sees them. */
    private static final long BODY_LIMIT_BYTES = 1_048_576;
    /** Long enough for a pasted 10,000-character search in the query string (Vert.x: 4096). */
    private static final int MAX_REQUEST_LINE = 65_536;

    private final HttpSettings settings;
    private final List<Api> apis;
    private HttpServer server;

    public WebServer(HttpSettings settings, List<Api> apis) {
        this.settings = settings;
        this.apis = List.copyOf(apis);
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(BODY_LIMIT_BYTES)
                .setHandleFileUploads(false));
        apis.forEach(api -> api.mount(router));
        router.route().last().handler(ctx -> ctx.fail(404));
        router.route().failureHandler(Failures::handle);
        server = vertx.createHttpServer(serverOptions()).requestHandler(router);
        return server.listen(settings.port(), settings.host())
                .onSuccess(s -> LOG.info("HTTP listening on {}://{}:{}",
                        settings.tls() ? "https" : "http", settings.host(), s.actualPort()));
    }

    /** The port actually bound (useful with port 0 in tests). */
    public int actualPort() {
        return server.actualPort();
    }

    private HttpServerOptions serverOptions() {
        HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true)
                .setMaxInitialLineLength(MAX_REQUEST_LINE);
        if (settings.tls()) {
            options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                    .setCertPath(settings.tlsCert().toString())
                    .setKeyPath(settings.tlsKey().toString()));
        }
        return options;
    }
}
