package org.numvert.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's skill groups and what derives from their set: which groups escalate into which,
 * the groups each agent may take calls from, and each agent's skills resolved to existing groups.
 * Derived lists are cached per agent and rebuilt after a change of groups (a version number) or
 * of the agent's skills. Groups are only ever added, never removed. Engine thread only.
 */
final class Groups {
    final Map<GroupId, GroupQueue> queues = new HashMap<>();
    private long version;

    GroupQueue get(GroupId id) {
        return queues.get(id);
    }

    void add(GroupQueue queue) {
        queues.put(queue.id(), queue);
        changed();
    }

    /** After a group was added or its escalation steps changed. */
    void changed() {
        version++;
        queues.values().forEach(q -> q.escalatingHere.clear());
        for (GroupQueue queue : queues.values()) {
            for (GroupId also : queue.allAlsoGroups()) {
                GroupQueue target = queues.get(also);
                if (target != null) {
                    target.escalatingHere.add(queue);
                }
            }
        }
    }

    /** The groups whose calls {@code agent} may take: its own and those escalating into them. */
    List<GroupQueue> candidates(Agent agent) {
        if (agent.candidatesVersion != version) {
            List<GroupQueue> list = new ArrayList<>();
            for (GroupId group : agent.profile.skills().keySet()) {
                GroupQueue queue = queues.get(group);
                if (queue != null) {
                    addOnce(list, queue);
                    queue.escalatingHere.forEach(q -> addOnce(list, q));
                }
            }
            list.sort(Comparator.comparing(GroupQueue::id));
            agent.candidates = list;
            agent.candidatesVersion = version;
        }
        return agent.candidates;
    }

    /** Resolves the agent's skills to the existing groups (cached until skills or groups change). */
    void resolveSkills(Agent agent) {
        if (agent.skillsVersion == version) {
            return;
        }
        List<GroupQueue> skilled = new ArrayList<>();
        for (GroupId group : agent.profile.skills().keySet()) {
            GroupQueue queue = queues.get(group);
            if (queue != null) {
                skilled.add(queue);
            }
        }
        agent.skilledQueues = skilled.toArray(GroupQueue[]::new);
        agent.skilledLevels = new int[agent.skilledQueues.length];
        for (int i = 0; i < agent.skilledLevels.length; i++) {
            agent.skilledLevels[i] = agent.proficiency(agent.skilledQueues[i].id());
        }
        agent.skillsVersion = version;
    }

    private static void addOnce(List<GroupQueue> list, GroupQueue queue) {
        if (!list.contains(queue)) {
            list.add(queue);
        }
    }
}
