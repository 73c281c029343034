package org.numvert.web;

import io.vertx.ext.web.Router;
import java.util.Optional;
import org.numvert.routing.Organisation;

/** For API tests without the login pages: {@code x-test-user: login,ROLE,ORGANISATION[,editor]} signs the request in. */
final class HeaderPrincipal {
    private HeaderPrincipal() {
    }

    static void mount(Router router) {
        router.route().handler(ctx -> {
            String header = ctx.request().getHeader("x-test-user");
            if (header != null) {
                String[] p = header.split(",");
                new Principal(p[0], Role.valueOf(p[1]), Organisation.valueOf(p[2]),
                        p.length > 3 && p[3].equals("editor"), Optional.empty()).attachTo(ctx);
            }
            ctx.next();
        });
    }
}
