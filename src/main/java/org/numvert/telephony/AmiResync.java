package org.numvert.telephony;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.StatusAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the engine back in line with Asterisk after every (re)login: events sent while the
 * link was down are lost for good, so the gateway asks what exists now.
 * <ol>
 * <li>{@code CoreShowChannels}: the channels, with their context, application and bridge;
 * <li>{@code Status} with {@code Variables} ({@link Dialplan#GROUP}, {@link Dialplan#HOTLINE},
 * {@link Dialplan#AGENT} …): what numvert wrote on them;
 * <li>{@code DeviceStateList} and {@code ExtensionStateList}: the agents' device states (their
 * items arrive as events, which {@link AgentDevices} turns into the engine's reachability).
 * </ol>
 * Then the {@link CallTracker} ends the calls whose channel is gone ({@code EndedBy.UNKNOWN}),
 * settles offers that were answered or failed meanwhile, and waiting callers the engine does not
 * know (numvert restarted) are entered again.
 *
 * <p>Runs on the AMI worker thread, chained on the replies.
 */
final class AmiResync {
    private static final Logger LOG = LoggerFactory.getLogger(AmiResync.class);
    private static final List<String> VARIABLES = List.of(
            Dialplan.GROUP, Dialplan.HOTLINE, Dialplan.AGENT, Dialplan.AGENT_DIAL);

    private final AmiLink link;
    private final CallTracker calls;

    AmiResync(AmiLink link, CallTracker calls) {
        this.link = link;
        this.calls = calls;
    }

    CompletableFuture<Void> run() {
        long mark = calls.mark();
        StatusAction status = new StatusAction();
        status.setVariables(VARIABLES);
        CompletableFuture<List<ResponseEvent>> channels = link.list(new CoreShowChannelsAction());
        CompletableFuture<List<ResponseEvent>> statuses = link.list(status);
        deviceStates(new DeviceStateListAction());
        deviceStates(new ExtensionStateListAction());
        return channels.thenCombine(statuses, AmiResync::snapshots)
                .thenAccept(snapshots -> reconcile(mark, snapshots));
    }

    private void deviceStates(ManagerAction list) {
        link.send(list).exceptionally(failure -> {
            LOG.info("AMI {} unavailable, device states come with changes: {}", list.getAction(), failure.toString());
            return null;
        });
    }

    private void reconcile(long mark, Map<String, ChannelSnapshot> snapshots) {
        calls.reconcile(mark, snapshots);
        int adopted = 0;
        for (ChannelSnapshot channel : snapshots.values()) {
            if (adoptable(channel)) {
                adopt(channel);
                adopted++;
            }
        }
        LOG.info("AMI resynchronised: {} channels, {} waiting calls taken over", snapshots.size(), adopted);
    }

    /** A waiting caller the IVR sent to a group, that no call of the engine stands for. */
    private boolean adoptable(ChannelSnapshot channel) {
        return channel.isRoot() && channel.waiting()
                && channel.variable(Dialplan.GROUP).isPresent()
                && channel.variable(Dialplan.HOTLINE).isPresent()
                && !calls.isTracked(channel.uniqueId()) && !calls.hasHungUp(channel.uniqueId());
    }

    private void adopt(ChannelSnapshot channel) {
        CallEntered entered = new CallEntered(new CallId(channel.uniqueId()),
                new HotlineId(channel.variable(Dialplan.HOTLINE).orElseThrow()),
                new GroupId(channel.variable(Dialplan.GROUP).orElseThrow()), 0,
                CallerNumber.of(channel.callerIdNum()), "", List.of(), null);
        calls.enter(entered, channel.uniqueId(), channel.channel(), "");
    }

    static Map<String, ChannelSnapshot> snapshots(List<ResponseEvent> channels, List<ResponseEvent> statuses) {
        Map<String, ChannelSnapshot> byUniqueId = new HashMap<>();
        for (ResponseEvent event : channels) {
            if (event instanceof CoreShowChannelEvent item && item.getUniqueid() != null) {
                byUniqueId.put(item.getUniqueid(), new ChannelSnapshot(item.getUniqueid(),
                        item.getLinkedid(), item.getChannel(), item.getContext(), item.getApplication(),
                        item.getBridgeid(), item.getCallerIdNum(), Map.of()));
            }
        }
        for (ResponseEvent event : statuses) {
            if (event instanceof StatusEvent item && byUniqueId.containsKey(item.getUniqueId())) {
                byUniqueId.computeIfPresent(item.getUniqueId(),
                        (id, snapshot) -> snapshot.withVariables(setVariables(item.getVariables())));
            }
        }
        return byUniqueId;
    }

    private static Map<String, String> setVariables(Map<String, String> variables) {
        Map<String, String> set = new HashMap<>();
        if (variables != null) {
            variables.forEach((name, value) -> {
                if (value != null && !value.isBlank() && !"(null)".equals(value)) {
                    set.put(name, value);
                }
            });
        }
        return set;
    }
}
