package org.numvert.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.numvert.ivr.Script;
import org.numvert.ivr.ScriptLibrary;

/**
 * {@code GET /api/site} (any user): what every page needs to label and shape what it shows, the
 * hotlines with their French labels (from the IVR scripts in service) and whether the PBX lets a
 * supervisor listen, whisper or barge (not the simulated PBX: it has no audio), so that the
 * wallboard greys those buttons out with the reason instead of offering what will be refused.
 */
public final class SiteApi implements Api {
    static final String NO_SUPERVISION = "Écoute, chuchotement et intervention demandent Asterisk :"
            + " le PBX simulé n'a pas d'audio.";

    private final Supplier<ScriptLibrary> scripts;
    private final BooleanSupplier supervision;

    public SiteApi(Supplier<ScriptLibrary> scripts, BooleanSupplier supervision) {
        this.scripts = scripts;
        this.supervision = supervision;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/site").handler(this::site);
    }

    private void site(RoutingContext ctx) {
        Principal.required(ctx);
        JsonArray hotlines = new JsonArray();
        scripts.get().scripts().stream().sorted(Comparator.comparing(Script::id))
                .forEach(s -> hotlines.add(new JsonObject().put("id", s.id()).put("label", s.hotline().label())));
        boolean available = supervision.getAsBoolean();
        JsonBody.send(ctx, 200, new JsonObject()
                .put("hotlines", hotlines)
                .put("supervision", new JsonObject().put("available", available)
                        .put("reason", available ? null : NO_SUPERVISION)));
    }
}
