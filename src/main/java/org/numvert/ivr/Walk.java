package org.numvert.ivr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The interpreter behind {@link IvrSession}: computes the next immutable {@link State} from the
 * current one and an input. A Walk is a short-lived mutable copy of a state, used by one call of
 * {@link #advance} or {@link #begin} on one thread.
 */
final class Walk {
    private static final int MAX_HOPS = 64;

    /** After the queued prompts: ask a menu, or end with an outcome. */
    private sealed interface Then {
    }

    private record Ask(String node, int attempt) implements Then {
    }

    private record Done(IvrOutcome outcome) implements Then {
    }

    /** A menu above the current one, and how many choices had been made when the caller left it. */
    private record Visit(String node, int choices) {
    }

    /**
     * A session's state; {@code menus} are the menus above the current one, innermost last. Going
     * back to one of them also takes back the choices made since, so that {@code choices} is the
     * caller's path from the first menu to where the caller is.
     */
    record State(String hotline, Script script, Instant startedAt, HoursStatus hours,
            Optional<CrisisSwitch> crisis, List<Prompt> plays, Then then, List<Visit> menus,
            List<String> choices, String node, int steps) {

        IvrStep step() {
            if (!plays.isEmpty()) {
                return new IvrStep.Play(plays.get(0));
            }
            if (then instanceof Done) {
                return new IvrStep.Finish(((Done) then).outcome());
            }
            Ask ask = (Ask) then;
            Action.Menu menu = (Action.Menu) script.nodeFor(ask.node()).action();
            return new IvrStep.Collect(ask.node(), script.promptFor(menu.prompt()), 1, menu.timeout(),
                    menu.keys(), ask.attempt());
        }
    }

    private final String hotline;
    private final Instant startedAt;
    private final Optional<CrisisSwitch> crisis;
    private final List<Prompt> plays;
    private final List<Visit> menus;
    private final List<String> choices;
    private Script script;
    private HoursStatus hours;
    private Then then;
    private String node;
    private int steps;

    private Walk(State s) {
        hotline = s.hotline();
        startedAt = s.startedAt();
        crisis = s.crisis();
        plays = new ArrayList<>(s.plays());
        menus = new ArrayList<>(s.menus());
        choices = new ArrayList<>(s.choices());
        script = s.script();
        hours = s.hours();
        then = s.then();
        node = s.node();
        steps = s.steps();
    }

    static State begin(ScriptLibrary library, Script own, Instant startedAt, CrisisState crisisState) {
        Optional<CrisisSwitch> crisis = crisisState.effectiveFor(own.id(), startedAt);
        State initial = new State(own.id(), own, startedAt, own.hours().status(startedAt), crisis, List.of(),
                new Done(new IvrOutcome.HangUp(own.id(), "", List.of())), List.of(), List.of(), "", 0);
        Walk walk = new Walk(initial);
        if (crisis.isEmpty()) {
            walk.enterByHours();
        } else {
            walk.enterCrisis(library, crisis.get());
        }
        return walk.freeze();
    }

    static State advance(State state, IvrInput input) {
        IvrStep step = state.step();
        if (step instanceof IvrStep.Finish) {
            throw new IllegalStateException("the IVR session is finished: " + ((IvrStep.Finish) step).outcome());
        }
        Walk walk = new Walk(state);
        walk.steps++;
        if (step instanceof IvrStep.Play) {
            if (!(input instanceof IvrInput.Played)) {
                throw new IllegalArgumentException("a Play step is answered by Played, not " + input);
            }
            walk.plays.remove(0);
        } else {
            walk.answer((Ask) state.then(), input);
        }
        if (walk.steps >= IvrSession.MAX_STEPS) {
            walk.plays.clear();
            walk.then = new Done(new IvrOutcome.HangUp(walk.hotline, walk.node, walk.choices));
        }
        return walk.freeze();
    }

    private State freeze() {
        return new State(hotline, script, startedAt, hours, crisis, List.copyOf(plays), then, List.copyOf(menus),
                List.copyOf(choices), node, steps);
    }

    private void enterCrisis(ScriptLibrary library, CrisisSwitch crisisSwitch) {
        plays.add(crisisSwitch.message());
        CrisisRouting routing = crisisSwitch.routing();
        if (routing instanceof CrisisRouting.ToGroup) {
            node = IvrSession.CRISIS_NODE;
            String group = ((CrisisRouting.ToGroup) routing).group();
            then = new Done(new IvrOutcome.RouteToGroup(hotline, node, choices, group, 0,
                    IvrSession.CRISIS_TOPIC, overflow(script.flow().overflow())));
            return;
        }
        if (routing instanceof CrisisRouting.ToHotline) {
            library.script(((CrisisRouting.ToHotline) routing).hotline()).ifPresent(other -> {
                script = other;
                hours = other.hours().status(startedAt);
            });
        }
        enterByHours();
    }

    private void enterByHours() {
        Flow flow = script.flow();
        if (hours.isOpen()) {
            enter(flow.start().name());
        } else if (hours.isDayOff() && flow.holiday().isPresent()) {
            enter(flow.holiday().get().name());
        } else {
            enter(flow.closed().orElse(flow.start()).name());
        }
    }

    /** Plays the nodes' {@code say} prompts along {@code next} links until a menu or an exit. */
    private void enter(String first) {
        String id = first;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            FlowNode current = script.nodeFor(id);
            node = id;
            current.say().forEach(ref -> plays.add(script.promptFor(ref)));
            Action action = current.action();
            if (action instanceof Action.Next) {
                id = ((Action.Next) action).target().name();
            } else if (action instanceof Action.Menu) {
                ask(id, 1);
                return;
            } else {
                then = new Done(outcome(action));
                return;
            }
        }
        then = new Done(new IvrOutcome.HangUp(hotline, node, choices));
    }

    private void ask(String menu, int attempt) {
        for (int i = 0; i < menus.size(); i++) {
            if (menus.get(i).node().equals(menu)) {
                choices.subList(menus.get(i).choices(), choices.size()).clear();
                menus.subList(i, menus.size()).clear();
                break;
            }
        }
        node = menu;
        then = new Ask(menu, attempt);
    }

    private void answer(Ask ask, IvrInput input) {
        Action.Menu menu = (Action.Menu) script.nodeFor(ask.node()).action();
        if (input instanceof IvrInput.Digits) {
            String key = ((IvrInput.Digits) input).digits();
            Optional<Choice> choice = menu.choice(key);
            if (choice.isPresent()) {
                choose(ask, choice.get().target(), Optional.of(key));
            } else {
                retry(ask, menu, menu.invalid());
            }
        } else if (input instanceof IvrInput.NoInput) {
            retry(ask, menu, menu.noInput());
        } else {
            throw new IllegalArgumentException("a Collect step is answered by Digits or NoInput, not " + input);
        }
    }

    private void retry(Ask ask, Action.Menu menu, Ref message) {
        if (ask.attempt() < menu.attempts()) {
            plays.add(script.promptFor(message));
            then = new Ask(ask.node(), ask.attempt() + 1);
        } else if (menu.defaultKey().isPresent()) {
            String key = menu.defaultKey().get();
            choose(ask, menu.choice(key).orElseThrow().target(), Optional.of(key));
        } else {
            choose(ask, menu.onFailure().orElseThrow(), Optional.empty());
        }
    }

    private void choose(Ask ask, Target target, Optional<String> key) {
        if (target instanceof Target.Repeat) {
            then = new Ask(ask.node(), ask.attempt());
        } else if (target instanceof Target.Back) {
            if (menus.isEmpty()) {
                then = new Ask(ask.node(), ask.attempt());
            } else {
                ask(menus.get(menus.size() - 1).node(), 1);
            }
        } else {
            menus.add(new Visit(ask.node(), choices.size()));
            key.ifPresent(choices::add);
            enter(((Target.ToNode) target).node().name());
        }
    }

    private IvrOutcome outcome(Action action) {
        if (action instanceof Action.Route) {
            Action.Route route = (Action.Route) action;
            return new IvrOutcome.RouteToGroup(hotline, node, choices, route.group().name(), route.priority(),
                    route.topic(), overflow(route.overflow()));
        }
        if (action instanceof Action.Voicemail) {
            return new IvrOutcome.Voicemail(hotline, node, choices, ((Action.Voicemail) action).box());
        }
        if (action instanceof Action.Callback) {
            Action.Callback callback = (Action.Callback) action;
            return new IvrOutcome.CallbackRequest(hotline, node, choices, callback.group().name(), callback.topic());
        }
        return new IvrOutcome.HangUp(hotline, node, choices);
    }

    private Overflow overflow(OverflowRule rule) {
        Optional<Prompt> message = rule.message().map(script::promptFor);
        switch (rule.kind()) {
            case GROUP:
                return new Overflow.ToGroup(rule.group().orElseThrow().name());
            case VOICEMAIL:
                return new Overflow.Voicemail(rule.box(), message);
            case CALLBACK:
                return new Overflow.CallbackOffer(message.orElseThrow());
            case CLOSED:
                return new Overflow.ClosedMessage(message.orElseThrow());
            default:
                return new Overflow.None();
        }
    }
}
