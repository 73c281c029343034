package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants over long seeded random runs with every kind of event, the odd ones included
 * (late answers, answers by the wrong agent, duplicate hang-ups, live edits, pauses while
 * ringing, phones lost and back). Checked after every event: each agent has at most one call and each call at most
 * one agent (both sides agree), queues and counters agree with the calls, no ready agent is
 * eligible for a parked call; at the end, per group, offered = answered + abandoned +
 * overflowed + still waiting. {@code -Dnumvert.longRuns=true} runs 50 times longer.
 */
class RandomTrafficTest {
    private static final int EVENTS = Boolean.getBoolean("numvert.longRuns") ? 5_000_000 : 100_000;
    private static final List<String> GROUPS = List.of("aides", "prets", "accueil", "transport");

    static LongStream seeds() {
        return LongStream.of(1, 2, 3);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantsHoldOverALongRandomRun(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FakeClock clock = new FakeClock(EngineHarness.START);
        RoutingEngine engine = RoutingEngine.builder(clock).statisticsDays(0)
                .policy(seed == 3 ? RoutingPolicy.PER_QUEUE : RoutingPolicy.GLOBAL).build();
        Traffic traffic = new Traffic(random, engine);
        for (String group : GROUPS) {
            engine.handle(new RoutingEvent.GroupConfigured(traffic.randomGroup(group)));
        }
        for (int i = 0; i < EVENTS; i++) {
            clock.advanceSeconds(random.nextInt(4000) / 1000.0);
            traffic.observe(engine.handle(traffic.next()));
            if (i % 23 == 0 || i > EVENTS - 1000) {
                Invariants.check(engine);
            }
        }
        Invariants.check(engine);
        assertConservation(engine, clock.millis());
        assertThat(traffic.offers).as("offers made").isGreaterThan(EVENTS / 40);
    }

    private static void assertConservation(RoutingEngine engine, long now) {
        for (GroupQueue queue : engine.queues.values()) {
            IntervalFigures f = engine.statistics().figures(queue.id(), 0, Long.MAX_VALUE, now);
            assertThat(f.offered()).as("offered in %s", queue.id())
                    .isEqualTo(f.answered() + f.abandoned() + f.shortAbandoned() + f.overflowed()
                            + queue.callersHolding);
        }
    }

    /** A random stream of events about the engine's current calls and agents. */
    private static final class Traffic {
        private final SplittableRandom random;
        private final RoutingEngine engine;
        private final Map<CallId, AgentId> offered = new HashMap<>();
        private final List<CallId> ended = new ArrayList<>();
        private int calls;
        int offers;

        Traffic(SplittableRandom random, RoutingEngine engine) {
            this.random = random;
            this.engine = engine;
            for (int i = 0; i < 12; i++) {
                engine.handle(new RoutingEvent.AgentConfigured(randomAgent("agent" + i)));
            }
        }

        void observe(List<RoutingOutput> outputs) {
            for (RoutingOutput output : outputs) {
                if (output instanceof RoutingCommand.OfferCall o) {
                    offered.put(o.call(), o.agent());
                    offers++;
                } else if (output instanceof RoutingCommand.StartCallback o) {
                    offered.put(o.call(), o.agent());
                    offers++;
                } else if (output instanceof RoutingFact.OfferMissed o && random.nextInt(4) > 0) {
                    offered.remove(o.call());
                }
            }
        }

        RoutingEvent next() {
            int kind = random.nextInt(100);
            if (kind < 25) {
                return newCall();
            } else if (kind < 45) {
                return answer();
            } else if (kind < 65) {
                return new RoutingEvent.CallEnded(anyCall(), EndedBy.CALLER);
            } else if (kind < 70) {
                return fail();
            } else if (kind < 85) {
                return agentEvent(agent());
            } else if (kind < 88) {
                return new RoutingEvent.CallbackRequested(anyCall(), CallerNumber.of("0102030405"));
            } else if (kind < 90) {
                return new RoutingEvent.AgentConfigured(randomAgent(agent().value()));
            } else if (kind < 91) {
                return new RoutingEvent.GroupConfigured(randomGroup(pick(GROUPS)));
            } else if (kind < 92) {
                return new RoutingEvent.SupervisionRequested(anyCall(), "PJSIP/sup", SupervisionMode.LISTEN);
            } else if (kind < 93) {
                return new RoutingEvent.DeviceChanged("PJSIP/" + agent().value(), random.nextInt(4) > 0);
            }
            return new RoutingEvent.Tick();
        }

        private RoutingEvent newCall() {
            OverflowAction[] actions = {new OverflowAction.None(), new OverflowAction.Voicemail(),
                new OverflowAction.CallbackOffer(), new OverflowAction.ToGroup(new GroupId(pick(GROUPS))),
                new OverflowAction.ToGroup(new GroupId("fresh-" + random.nextInt(3)))};
            return new RoutingEvent.CallEntered(new CallId("c" + calls++), new HotlineId("h"),
                    new GroupId(pick(GROUPS)), random.nextInt(3), CallerNumber.of("0600000000"),
                    "t", List.of(), actions[random.nextInt(actions.length)]);
        }

        private RoutingEvent answer() {
            if (offered.isEmpty() || random.nextInt(10) == 0) {
                return new RoutingEvent.OfferAnswered(anyCall(), agent());
            }
            CallId call = pick(new ArrayList<>(offered.keySet()));
            AgentId agent = offered.remove(call);
            return new RoutingEvent.OfferAnswered(call, random.nextInt(20) == 0 ? agent() : agent);
        }

        private RoutingEvent fail() {
            if (offered.isEmpty()) {
                return new RoutingEvent.Tick();
            }
            CallId call = pick(new ArrayList<>(offered.keySet()));
            return new RoutingEvent.OfferFailed(call, offered.remove(call), "NOANSWER");
        }

        private RoutingEvent agentEvent(AgentId agent) {
            return switch (random.nextInt(10)) {
                case 0 -> new RoutingEvent.AgentLoggedIn(agent);
                case 1, 2, 7, 8, 9 -> new RoutingEvent.AgentReady(agent);
                case 3 -> new RoutingEvent.AgentPaused(agent, PauseReason.BREAK);
                case 4 -> new RoutingEvent.AgentLoggedOut(agent);
                default -> new RoutingEvent.WrapUpEnded(agent, random.nextBoolean() ? "CODE" : null);
            };
        }

        private CallId anyCall() {
            List<CallId> known = new ArrayList<>(engine.calls.keySet());
            if (!known.isEmpty() && random.nextInt(10) > 0) {
                CallId call = pick(known);
                ended.add(call);
                return call;
            }
            return ended.isEmpty() ? new CallId("unknown") : pick(ended);
        }

        private AgentId agent() {
            return new AgentId("agent" + random.nextInt(13));
        }

        AgentProfile randomAgent(String id) {
            Map<GroupId, Integer> skills = new HashMap<>();
            for (String group : GROUPS) {
                if (random.nextInt(3) > 0) {
                    skills.put(new GroupId(group), 1 + random.nextInt(5));
                }
            }
            return new AgentProfile(new AgentId(id), id, Organisation.REGION, "PJSIP/" + id, skills);
        }

        SkillGroup randomGroup(String id) {
            List<EscalationStep> steps = new ArrayList<>();
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                steps.add(new EscalationStep(random.nextInt(120), 1 + random.nextInt(5),
                        random.nextBoolean() ? List.of(new GroupId(pick(GROUPS))) : List.of()));
            }
            return new SkillGroup(new GroupId(id), new HotlineId("h"), id, 10 + random.nextInt(50),
                    random.nextInt(3) * 15, random.nextInt(3) * 120, random.nextInt(3) * 5,
                    random.nextInt(4) > 0, List.of(Organisation.REGION), steps);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
