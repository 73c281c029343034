package org.numvert.telephony;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.numvert.routing.CallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code hold} FastAGI script, run by the hold loop of the dialplan between rounds of music:
 * it announces the caller's position and estimated wait (the engine's figures), then offers a
 * callback ({@link CallbackOffer}).
 *
 * <p>The trap (protocol observation 2): a {@code Redirect} of the caller to an agent while this
 * script plays looks on the AGI socket exactly like a hang-up ({@code 200 result=-1}, then
 * {@code HANGUP}, then {@code 511}), and the Dial to the agent waits until this session closes.
 * So at the first sign of either, the script ends at once, sends nothing more, and reports
 * nothing: whether the caller hung up is for AMI to say (its {@code Hangup} event ends the call
 * in the {@link CallTracker}). With {@code AGIEXITONHANGUP=yes} Asterisk closes the socket itself;
 * that ends the session the same way.
 *
 * <p>Runs on a FastAGI session thread; it may block on the socket, nothing else.
 */
final class HoldScript implements AgiScript {
    private static final Logger LOG = LoggerFactory.getLogger(HoldScript.class);
    private static final long STANDING_WAIT_MILLIS = 1_000;

    private final CallTracker calls;
    private final QueueStandings standings;
    private final CallbackOffer callbacks;

    HoldScript(CallTracker calls, QueueStandings standings, CallbackOffer callbacks) {
        this.calls = calls;
        this.standings = standings;
        this.callbacks = callbacks;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        AgiPlayer player = new AgiPlayer(channel);
        CallId call = new CallId(request.getUniqueId());
        try {
            if (announce(call, player) && callbacks.offer(call, request, player, Prompts.CALLBACK_OFFER)) {
                return;
            }
        } catch (AgiHangupException | AgiNetworkException e) {
            LOG.debug("call={} hold session cut: {}", call, e.toString());
        }
        LOG.debug("call={} hold announcement interrupted: {}", call,
                calls.hasHungUp(request.getUniqueId()) ? "the caller hung up" : "redirected (or a prompt is missing)");
    }

    /** Position and estimated wait; false when the playback was interrupted. */
    private boolean announce(CallId call, AgiPlayer player) throws AgiException {
        Optional<QueueStandings.Standing> standing = standing(call);
        if (standing.isEmpty()) {
            return true;
        }
        int position = standing.get().position();
        boolean played = position <= 1
                ? player.play(Prompts.YOU_ARE_NEXT)
                : player.play(Prompts.THERE_ARE) && player.say(position - 1) && player.play(Prompts.CALLS_WAITING);
        return played && announceWait(standing.get().estimatedWait(), player);
    }

    /** The engine's figures, waited for at most a second (the caller hears music meanwhile). */
    private Optional<QueueStandings.Standing> standing(CallId call) {
        try {
            return standings.standing(call).toCompletableFuture().get(STANDING_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            LOG.info("call={} no queue figures for the announcement: {}", call, e.toString());
            return Optional.empty();
        }
    }

    private static boolean announceWait(Duration wait, AgiPlayer player) throws AgiException {
        if (wait.isZero() || wait.isNegative()) {
            return true;
        }
        long minutes = (wait.toSeconds() + 59) / 60;
        if (wait.toSeconds() < 60) {
            return player.play(Prompts.HOLD_TIME) && player.play(Prompts.LESS_THAN)
                    && player.say(1) && player.play(Prompts.MINUTES);
        }
        return player.play(Prompts.HOLD_TIME) && player.say(minutes) && player.play(Prompts.MINUTES);
    }
}
