package org.numvert.store;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.EngineClient;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.SkillGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored agents and skill groups, and the routing engine kept in step with them: the database
 * is the reference, every edit is written there first and then given to the engine
 * ({@link RoutingEvent.AgentConfigured}, {@link RoutingEvent.GroupConfigured}), so that it takes
 * effect at once and survives a restart. At start, {@link #feed} gives the engine every group, every
 * agent and the routing states kept by {@link #stateRecorder()}, before any call arrives.
 *
 * <p>Threading: edits are serialised, so that the engine gets them in the order they were stored.
 * The look-ups ({@link #groups()}, {@link #agent} …) read an in-memory copy and may be
 * called from any thread; {@link #open}, {@link #seed} and {@link #welcome} block (start-up, on a
 * worker); the other methods return futures completed on a {@code numvert-db} worker.
 */
public final class Roster {
    private static final Logger LOG = LoggerFactory.getLogger(Roster.class);

    private final Database database;
    private final SkillGroupRepository groupRepository;
    private final AgentRepository agentRepository;
    private final AgentStateRepository stateRepository;
    private final Clock clock;
    private final Map<GroupId, StoredGroup> groups = new ConcurrentHashMap<>();
    private final Map<AgentId, AgentProfile> agents = new ConcurrentHashMap<>();
    private volatile EngineClient engine;
    private AgentStateRecorder recorder;

    private Roster(Database database, Clock clock) {
        this.database = database;
        this.groupRepository = new SkillGroupRepository(database);
        this.agentRepository = new AgentRepository(database);
        this.stateRepository = new AgentStateRepository(database);
        this.clock = clock;
    }

    /** Reads the stored groups and agents. Blocking. */
    public static Roster open(Database database, Clock clock) {
        Roster roster = new Roster(database, clock);
        roster.groupRepository.list().forEach(g -> roster.groups.put(g.id(), g));
        roster.agentRepository.list().forEach(a -> roster.agents.put(a.id(), a));
        return roster;
    }

    /** The stored groups' ids: the groups IVR scripts may route to besides the catalogue's. */
    public Set<String> groupIds() {
        return groups.keySet().stream().map(GroupId::value).collect(Collectors.toUnmodifiableSet());
    }

    /** Every stored group, by id. */
    public List<StoredGroup> groups() {
        return groups.values().stream().sorted(Comparator.comparing(StoredGroup::id)).toList();
    }

    public Optional<StoredGroup> group(GroupId id) {
        return Optional.ofNullable(groups.get(id));
    }

    public Optional<AgentProfile> agent(AgentId id) {
        return Optional.ofNullable(agents.get(id));
    }

    /** Whether {@code id} is a stored agent (simulated agents are not). */
    public boolean isStored(AgentId id) {
        return agents.containsKey(id);
    }

    /** Adds the catalogue's groups that are not stored yet; returns them. Blocking. */
    public List<StoredGroup> seed(SkillGroupCatalogue catalogue) {
        List<StoredGroup> added = groupRepository.addMissing(catalogue.groups(), clock.instant());
        added.forEach(g -> groups.put(g.id(), g));
        if (!added.isEmpty()) {
            LOG.info("skill groups added from the catalogue: {}", added.stream().map(g -> g.id().value()).toList());
        }
        return added;
    }

    /**
     * Stores the profiles of {@code candidates} whose agent has none yet (agents seen for the first
     * time); returns them. Blocking.
     */
    public List<AgentProfile> welcome(List<AgentProfile> candidates) {
        List<AgentProfile> added = candidates.stream()
                .filter(p -> !agents.containsKey(p.id()))
                .map(this::checked)
                .filter(p -> agentRepository.addIfAbsent(p, clock.instant()))
                .toList();
        added.forEach(p -> agents.put(p.id(), p));
        added.forEach(p -> LOG.info("agent profile created: agent={} organisation={} skills={}", p.id(),
                p.organisation(), p.skills().size()));
        return added;
    }

    /** The skills a new agent of {@code organisation} starts with. */
    public AgentProfile starterProfile(AgentId id, String name, Organisation organisation,
            String contact) {
        List<SkillGroup> known = groups.values().stream().map(StoredGroup::group).toList();
        return new AgentProfile(id, name, organisation, contact, StarterSkills.of(id, organisation, known));
    }

    /**
     * Gives {@code client} every stored group and agent, then the stored routing states (logged in,
     * ready or paused), and keeps it for later edits. Deliver this before any call. An agent the
     * engine had paused because its phone was unreachable asks to be ready: the engine pauses it
     * again if the gateway still reports the phone unreachable.
     */
    public Future<Void> feed(EngineClient client) {
        this.engine = Objects.requireNonNull(client, "client");
        return database.async(stateRepository::list).map(states -> {
            groups().forEach(g -> client.deliver(new RoutingEvent.GroupConfigured(g.group())));
            agents.values().stream().sorted(Comparator.comparing(AgentProfile::id))
                    .forEach(a -> client.deliver(new RoutingEvent.AgentConfigured(a)));
            int restored = 0;
            for (StoredAgentState state : states) {
                if (state.loggedIn() && agents.containsKey(state.agent())) {
                    restore(client, state);
                    restored++;
                }
            }
            LOG.info("routing fed: {} group(s), {} agent(s), {} logged in again", groups.size(), agents.size(), restored);
            return null;
        });
    }

    private static void restore(EngineClient client, StoredAgentState state) {
        client.deliver(new RoutingEvent.AgentLoggedIn(state.agent()));
        if (state.pause().isEmpty() || state.pause().get().equals(PauseReason.DEVICE_UNAVAILABLE)) {
            client.deliver(new RoutingEvent.AgentReady(state.agent()));
        } else if (!state.pause().get().equals(PauseReason.NOT_READY)) {
            client.deliver(new RoutingEvent.AgentPaused(state.agent(), state.pause().get()));
        }
    }

    /**
     * The listener that stores the routing state of stored agents at every change (subscribe it to
     * the engine before {@link #feed}); the same instance on every call.
     */
    public synchronized RoutingListener stateRecorder() {
        if (recorder == null) {
            recorder = new AgentStateRecorder(database, stateRepository, this::isStored);
        }
        return recorder;
    }

    /**
     * Creates or replaces an agent's profile, then gives it to the engine; an engine read made
     * after the future completes sees it.
     *
     * @throws IllegalArgumentException (failed future) when a skill names an unknown group
     */
    public Future<AgentProfile> saveAgent(AgentProfile profile) {
        AgentProfile checked;
        try {
            checked = checked(profile);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        return database.async(() -> {
            synchronized (this) {
                agentRepository.save(checked, clock.instant());
                agents.put(checked.id(), checked);
                deliver(new RoutingEvent.AgentConfigured(checked));
            }
            return checked;
        });
    }

    /** Creates or replaces a group, then gives it to the engine. */
    public Future<StoredGroup> saveGroup(StoredGroup group) {
        for (EscalationStep step : group.group().escalation()) {
            for (GroupId also : step.alsoGroups()) {
                if (!groups.containsKey(also) && !also.equals(group.id())) {
                    return Future.failedFuture(new IllegalArgumentException("escalation: unknown group '" + also + "'"));
                }
            }
        }
        return database.async(() -> {
            synchronized (this) {
                groupRepository.save(group, clock.instant());
                groups.put(group.id(), group);
                deliver(new RoutingEvent.GroupConfigured(group.group()));
            }
            return group;
        });
    }

    private AgentProfile checked(AgentProfile profile) {
        for (GroupId group : profile.skills().keySet()) {
            if (!groups.containsKey(group)) {
                throw new IllegalArgumentException("skills: unknown group '" + group + "'");
            }
        }
        return profile;
    }

    private void deliver(RoutingEvent event) {
        EngineClient client = engine;
        if (client != null) {
            client.deliver(event);
        }
    }
}
