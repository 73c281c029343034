package org.numvert.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One skill group's live state: its settings with the escalation steps precomputed per level,
 * its queue by rank (priority, callbacks last) then original enqueue time, and an index of its
 * ready agents by proficiency then idle time. Mutable, owned by the engine's thread.
 *
 * <p>Escalation: before its first step a group with steps is served by agents above the
 * proficiency the first step opens (so that the steps widen); a group without steps by every
 * agent skilled in it. Steps only ever widen: the minimum proficiency at a level is the lowest
 * of the steps reached, the also-groups are the union of theirs.
 */
final class GroupQueue {
    static final int MAX_PROFICIENCY = 5;
    static final Comparator<Call> QUEUE_ORDER = (a, b) -> a.enqueuedAt != b.enqueuedAt
            ? Long.compare(a.enqueuedAt, b.enqueuedAt) : Long.compare(a.seq, b.seq);
    static final Comparator<Agent> IDLE_ORDER = (a, b) -> a.idleSince != b.idleSince
            ? Long.compare(a.idleSince, b.idleSince) : a.id().compareTo(b.id());

    SkillGroup settings;
    private long[] stepAfterMillis;
    private int[] minProficiency;
    private List<Set<GroupId>> alsoGroups;

    /** Parked calls (waiting, not ringing), by rank descending. */
    final NavigableMap<Integer, TreeSet<Call>> parked = new TreeMap<>(Comparator.reverseOrder());
    /** Ready agents by proficiency in this group (index 1 to 5), longest idle first. */
    @SuppressWarnings("unchecked")
    final TreeSet<Agent>[] ready = new TreeSet[MAX_PROFICIENCY + 1];
    /** Groups whose escalation steps name this group (their calls may go to its agents). */
    final List<GroupQueue> escalatingHere = new ArrayList<>();
    final HandleTimes handleTimes = new HandleTimes();
    int callersHolding;
    int callbacksHolding;
    int ringing;
    int staffed;
    /** Per-queue baseline: ordinal of the agent this group rang last. */
    int lastRung = -1;

    private final Map<GroupId, GroupQueue> all;

    /** {@code all}: every group of the engine (an escalation counts only towards existing ones). */
    GroupQueue(SkillGroup settings, Map<GroupId, GroupQueue> all) {
        this.all = all;
        for (int p = 1; p <= MAX_PROFICIENCY; p++) {
            ready[p] = new TreeSet<>(IDLE_ORDER);
        }
        configure(settings);
    }

    GroupId id() {
        return settings.id();
    }

    void configure(SkillGroup newSettings) {
        settings = newSettings;
        List<EscalationStep> steps = new ArrayList<>(newSettings.escalation());
        steps.sort(Comparator.comparingInt(EscalationStep::afterSeconds));
        stepAfterMillis = new long[steps.size()];
        minProficiency = new int[steps.size() + 1];
        alsoGroups = new ArrayList<>();
        minProficiency[0] = steps.isEmpty() ? 1
                : Math.min(MAX_PROFICIENCY, steps.get(0).minProficiency() + 1);
        alsoGroups.add(Set.of());
        for (int i = 0; i < steps.size(); i++) {
            stepAfterMillis[i] = steps.get(i).afterSeconds() * 1000L;
            minProficiency[i + 1] = Math.min(minProficiency[i], steps.get(i).minProficiency());
            Set<GroupId> union = new HashSet<>(alsoGroups.get(i));
            union.addAll(steps.get(i).alsoGroups());
            union.remove(newSettings.id());
            alsoGroups.add(Set.copyOf(union));
        }
    }

    /** Every group named by a step of this group. */
    Set<GroupId> allAlsoGroups() {
        return alsoGroups.get(alsoGroups.size() - 1);
    }

    int levelAt(long waitedMillis) {
        int level = 0;
        while (level < stepAfterMillis.length && stepAfterMillis[level] <= waitedMillis) {
            level++;
        }
        return level;
    }

    /** When the call reaches its next escalation step; {@code Long.MAX_VALUE} if none is left. */
    long nextStepAt(Call call) {
        return call.level < stepAfterMillis.length
                ? call.enqueuedAt + stepAfterMillis[call.level] : Long.MAX_VALUE;
    }

    /** When the call's overflow action applies; {@code Long.MAX_VALUE} if never. */
    long maxWaitAt(Call call) {
        boolean limited = settings.maxWaitSeconds() > 0 && !call.callback
                && !(call.onOverflow instanceof OverflowAction.None);
        return limited ? call.enqueuedAt + settings.maxWaitSeconds() * 1000L : Long.MAX_VALUE;
    }

    int minProficiency(int level) {
        return minProficiency[level];
    }

    Set<GroupId> alsoGroups(int level) {
        return alsoGroups.get(level);
    }

    boolean eligible(Agent agent, Call call) {
        int p = agent.proficiency(settings.id());
        if (p > 0 && p >= minProficiency[call.level]) {
            return true;
        }
        for (GroupId also : alsoGroups.get(call.level)) {
            if (agent.proficiency(also) > 0 && all.containsKey(also)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most urgent parked call of this group that {@code agent} may take. Within a rank the
     * oldest call has reached the highest escalation level, so only each rank's head is tried.
     */
    Call firstEligible(Agent agent) {
        for (TreeSet<Call> rank : parked.values()) {
            Call head = rank.first();
            if (eligible(agent, head)) {
                return head;
            }
        }
        return null;
    }

    void park(Call call) {
        parked.computeIfAbsent(call.rank(), r -> new TreeSet<>(QUEUE_ORDER)).add(call);
    }

    void unpark(Call call) {
        TreeSet<Call> rank = parked.get(call.rank());
        if (rank != null && rank.remove(call) && rank.isEmpty()) {
            parked.remove(call.rank());
        }
    }

    void addReady(Agent agent) {
        addReady(agent, agent.proficiency(settings.id()));
    }

    void addReady(Agent agent, int proficiency) {
        if (proficiency > 0) {
            ready[proficiency].add(agent);
        }
    }

    void removeReady(Agent agent, int proficiency) {
        if (proficiency > 0) {
            ready[proficiency].remove(agent);
        }
    }

    /** Longest-idle ready agent of this group with at least {@code minLevel}, any proficiency. */
    Agent longestIdle(int minLevel) {
        Agent best = null;
        for (int p = minLevel; p <= MAX_PROFICIENCY; p++) {
            if (!ready[p].isEmpty()) {
                Agent head = ready[p].first();
                if (best == null || IDLE_ORDER.compare(head, best) < 0) {
                    best = head;
                }
            }
        }
        return best;
    }

    /** Parked calls in service order (rank descending, then enqueue time). */
    List<Call> parkedInOrder() {
        List<Call> calls = new ArrayList<>();
        parked.values().forEach(calls::addAll);
        return calls;
    }
}
