package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.numvert.faq.Acceptance;
import org.numvert.faq.Article;
import org.numvert.faq.Faq;
import org.numvert.faq.FaqProposals;
import org.numvert.faq.Proposal;
import org.numvert.faq.ProposalDecidedException;
import org.numvert.faq.ProposalStatus;
import org.numvert.faq.ProposedChange;
import org.numvert.faq.RevisionConflictException;
import org.numvert.faq.StoredArticle;

/**
 * Agents' proposed changes to FAQ articles over HTTP: any agent proposes on an article it can
 * see and follows its own proposals; FAQ editors and supervisors ({@link Principal#canEditFaq},
 * the same rule as editing) list the open ones with the current and proposed texts, accept (a new
 * revision by the editor, through the edit path) or refuse with a reason.
 *
 * <p>Threading: handlers run on the event loop and hand the work to the {@code numvert-faq} pool.
 */
public final class FaqProposalsApi implements Api {
    private static final String PROPOSALS = FaqApi.BASE + "/proposals";

    private final Faq faq;
    private final FaqProposals proposals;
    private final WorkerExecutor workers;
    private final Clock clock;

    public FaqProposalsApi(Faq faq, FaqProposals proposals, WorkerExecutor workers, Clock clock) {
        this.faq = faq;
        this.proposals = proposals;
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.post(FaqApi.BASE + "/articles/:id/proposals").handler(this::propose);
        router.get(PROPOSALS).handler(this::list);
        router.get(PROPOSALS + "/mine").handler(this::mine);
        router.post(PROPOSALS + "/:pid/accept").handler(this::accept);
        router.post(PROPOSALS + "/:pid/reject").handler(this::reject);
    }

    private void propose(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        JsonObject body = FaqArticleRoutes.jsonBody(ctx);
        String id = ctx.pathParam("id");
        int revision = revision(body).orElseThrow(() -> ApiException.badRequest(
                "revision (the revision of the article the proposal starts from) is required"));
        ProposedChange change = new ProposedChange(id, revision, FaqJson.string(body, "title"),
                FaqJson.string(body, "body"), FaqJson.string(body, "note"), principal.login(), clock.instant());
        blocking(() -> {
            StoredArticle current = FaqArticleRoutes.visibleArticle(faq, id, principal);
            if (revision > current.revision()) {
                throw ApiException.badRequest("article " + id + " has no revision " + revision);
            }
            Proposal proposal = proposals.propose(change);
            return ProposalJson.summary(proposal, Optional.of(current));
        }).onSuccess(json -> ctx.response().setStatusCode(201)
                .putHeader("content-type", "application/json; charset=utf-8").end(json.encode()))
                .onFailure(ctx::fail);
    }

    /** The proposals in one status (open by default, the oldest first), with the texts to compare. */
    private void list(RoutingContext ctx) {
        Principal editor = editor(ctx, "the proposals are for the FAQ's editors and supervisors");
        RequestParams params = RequestParams.of(ctx, RequestParams.names("status", "limit"));
        ProposalStatus status = params.optional("status").map(ProposalStatus::parse).orElse(ProposalStatus.OPEN);
        int limit = params.integer("limit", 50, 1, 200);
        blocking(() -> {
            JsonArray list = new JsonArray();
            for (Proposal proposal : proposals.withStatus(status, limit)) {
                visible(proposal, editor).ifPresent(current -> list.add(
                        ProposalJson.forEditors(proposal, current, base(proposal, current))));
            }
            return new JsonObject().put("status", status.name()).put("proposals", list);
        }).onSuccess(ctx::json).onFailure(ctx::fail);
    }

    /** The signed-in agent's own proposals, the newest first, with the editors' decisions. */
    private void mine(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        int limit = RequestParams.of(ctx, RequestParams.names("limit")).integer("limit", 20, 1, 100);
        blocking(() -> {
            JsonArray list = new JsonArray();
            proposals.proposedBy(principal.login(), limit).forEach(p -> list.add(
                    ProposalJson.summary(p, faq.find(p.articleId()))));
            return new JsonObject().put("proposals", list);
        }).onSuccess(ctx::json).onFailure(ctx::fail);
    }

    private void accept(RoutingContext ctx) {
        Principal editor = editor(ctx, "accepting a proposal is for the FAQ's editors");
        long id = proposalId(ctx);
        JsonObject body = optionalBody(ctx);
        Acceptance acceptance = new Acceptance(editor.login(), FaqJson.string(body, "title"),
                FaqJson.string(body, "body"), FaqJson.string(body, "note"), revision(body));
        decision(ctx, id, editor, () -> proposals.accept(id, acceptance));
    }

    private void reject(RoutingContext ctx) {
        Principal editor = editor(ctx, "refusing a proposal is for the FAQ's editors");
        long id = proposalId(ctx);
        String reason = FaqJson.string(optionalBody(ctx), "reason");
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("reason is required: the agent reads it");
        }
        decision(ctx, id, editor, () -> proposals.reject(id, editor.login(), reason));
    }

    private void decision(RoutingContext ctx, long id, Principal editor, Callable<Proposal> decide) {
        blocking(() -> {
            Proposal proposal = proposals.find(id).orElseThrow(() -> ApiException.notFound("no proposal " + id));
            FaqArticleRoutes.visibleArticle(faq, proposal.articleId(), editor);
            Proposal decided = decide.call();
            return ProposalJson.summary(decided, faq.find(decided.articleId()));
        }).onSuccess(ctx::json).onFailure(e -> ctx.fail(conflictOr(e)));
    }

    private Optional<StoredArticle> visible(Proposal proposal, Principal principal) {
        return faq.find(proposal.articleId()).filter(a -> FaqApi.visible(principal).contains(a.article().audience()));
    }

    /** The text the agent read (the current one when the article has not changed since). */
    private Article base(Proposal proposal, StoredArticle current) {
        int base = proposal.change().baseRevision();
        if (base == current.revision()) {
            return current.article();
        }
        return faq.revision(proposal.articleId(), base).map(StoredArticle::article).orElse(current.article());
    }

    private static Principal editor(RoutingContext ctx, String refusal) {
        Principal principal = Principal.required(ctx);
        if (!principal.canEditFaq()) {
            throw ApiException.forbidden(refusal);
        }
        return principal;
    }

    private static long proposalId(RoutingContext ctx) {
        String text = ctx.pathParam("pid");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no proposal " + text);
        }
    }

    private static JsonObject optionalBody(RoutingContext ctx) {
        return ctx.body() == null || ctx.body().length() == 0 ? new JsonObject() : FaqArticleRoutes.jsonBody(ctx);
    }

    private static OptionalInt revision(JsonObject body) {
        Object value = body.getValue("revision");
        if (value == null) {
            return OptionalInt.empty();
        }
        if (!(value instanceof Integer n) || n < 1) {
            throw ApiException.badRequest("revision must be a positive revision number");
        }
        return OptionalInt.of(n);
    }

    private static Throwable conflictOr(Throwable failure) {
        if (failure instanceof RevisionConflictException || failure instanceof ProposalDecidedException) {
            return ApiException.conflict(failure.getMessage());
        }
        return failure instanceof NoSuchElementException ? ApiException.notFound(failure.getMessage()) : failure;
    }

    private <T> Future<T> blocking(Callable<T> work) {
        return workers.executeBlocking(work, false);
    }
}
