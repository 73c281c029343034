package org.numvert.web.security;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.handler.SessionHandler;
import java.time.Duration;
import org.numvert.web.ApiException;
import org.numvert.web.security.LoginForm.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /login} (the form), {@code POST /login} (form fields {@code login}, {@code password},
 * {@code _csrf}, {@code next}) and {@code POST /logout}. A successful login gets a new session id
 * (no fixation) and a new CSRF token, then a 303 to {@code next} (a path of this site) or
 * {@code /}; a refused one the form again with 401, a throttled one 429 with {@code Retry-After}.
 * Password checks run on the {@code numvert-auth} workers. The session is written to its store
 * before the answer goes out, so that the browser's next request finds it (the store is the database).
 */
final class LoginPage {
    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    private final WorkerExecutor passwordWorkers;
    private final Accounts accounts;
    private final SessionHandler sessions;
    private final String sessionCookie;

    LoginPage(WorkerExecutor passwordWorkers, Accounts accounts, SessionHandler sessions, String sessionCookie) {
        this.passwordWorkers = passwordWorkers;
        this.accounts = accounts;
        this.sessions = sessions;
        this.sessionCookie = sessionCookie;
    }

    void mount(Router router) {
        router.get(PublicPaths.LOGIN).handler(this::form);
        router.post(PublicPaths.LOGIN).handler(this::login);
        router.post(PublicPaths.LOGOUT).handler(this::logout);
    }

    private void form(RoutingContext ctx) {
        String next = PublicPaths.safeNext(ctx.queryParams().get("next"));
        Message message = ctx.queryParams().contains("logout")
                ? new Message("Vous êtes déconnecté.", false) : Message.none();
        render(ctx, 200, next, "", message);
    }

    private void login(RoutingContext ctx) {
        String next = PublicPaths.safeNext(ctx.request().getFormAttribute("next"));
        String login = AccountRules.normalise(ctx.request().getFormAttribute("login"));
        String password = ctx.request().getFormAttribute("password");
        if (!CsrfProtection.carriesToken(ctx)) {
            render(ctx, 403, next, login, new Message("La page de connexion a expiré : veuillez réessayer.", true));
            return;
        }
        if (login.isEmpty() || password == null || password.isEmpty()) {
            render(ctx, 400, next, login, new Message("Saisissez votre identifiant et votre mot de passe.", true));
            return;
        }
        String address = ctx.request().remoteAddress().hostAddress();
        passwordWorkers.executeBlocking(() -> accounts.login(login, password, address), false)
                .onSuccess(outcome -> answer(ctx, outcome, next, login))
                .onFailure(ctx::fail);
    }

    private void answer(RoutingContext ctx, LoginOutcome outcome, String next, String login) {
        if (outcome instanceof LoginOutcome.Success success) {
            Session session = ctx.session().regenerateId();
            SessionKeys.signIn(session, success.account());
            ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, next);
            sessions.flush(ctx, true).onSuccess(stored -> ctx.response().end()).onFailure(ctx::fail);
        } else if (outcome instanceof LoginOutcome.Throttled throttled) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
            render(ctx, 429, next, login, new Message("Trop de tentatives infructueuses : réessayez dans "
                    + minutes(throttled.retryAfter()) + ".", true));
        } else {
            render(ctx, 401, next, login, new Message("Identifiant ou mot de passe incorrect.", true));
        }
    }

    private void logout(RoutingContext ctx) {
        Session session = ctx.request().getCookie(sessionCookie) == null ? null : ctx.session();
        if (session != null && session.get(SessionKeys.LOGIN) != null) {
            if (!CsrfProtection.carriesToken(ctx)) {
                ctx.fail(ApiException.forbidden("missing or wrong CSRF token"));
                return;
            }
            LOG.info("logout: user={}", (String) session.get(SessionKeys.LOGIN));
            session.destroy();
        }
        ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, PublicPaths.LOGIN + "?logout");
        sessions.flush(ctx, true).onSuccess(ended -> ctx.response().end()).onFailure(ctx::fail);
    }

    /** The form; its session (and CSRF token) is stored whatever the status, so that the next try can pass. */
    private void render(RoutingContext ctx, int status, String next, String login, Message message) {
        String csrf = SessionKeys.csrfToken(ctx.session());
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8");
        sessions.flush(ctx, true).onComplete(stored -> ctx.response()
                .end(LoginForm.render(csrf, next, login, message)));
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
