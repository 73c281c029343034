package org.numvert.ivr;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Drives an {@link IvrSession} with a list of caller inputs and writes down the path: each prompt
 * with its text, each menu and the key pressed, and the outcome. The production interpreter, with
 * the PBX replaced by a list: what {@code ivr run} prints and what the script tests read.
 */
public final class DryRun {
    /** An input meaning "the caller typed nothing" (the menu times out). */
    public static final String NO_INPUT = "-";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm", Locale.FRANCE);

    /**
     * @param lines   the path, one line per step
     * @param pressed every {@code menu:key} the caller pressed that the menu knew
     * @param asked   every menu asked
     */
    public record Result(List<String> lines, IvrOutcome outcome, IvrSession session, Set<String> pressed,
            Set<String> asked) {
        public String transcript() {
            return String.join("\n", lines);
        }
    }

    private DryRun() {
    }

    /**
     * @param hotlineOrNumber a hotline id or a number that reaches it
     * @param inputs          one item per menu asked: keys, or {@value #NO_INPUT} (also
     *                        {@code timeout}) for silence; menus asked after the last item time out
     * @throws IllegalArgumentException when no hotline matches {@code hotlineOrNumber}
     */
    public static Result run(ScriptLibrary library, String hotlineOrNumber, Instant at, List<String> inputs,
            CrisisState crisis) {
        Script script = library.find(hotlineOrNumber).orElseThrow(() -> new IllegalArgumentException(
                "no hotline '" + hotlineOrNumber + "' (hotlines: " + String.join(", ", library.hotlines()) + ")"));
        IvrSession session = IvrSession.begin(library, script.id(), at, crisis);
        List<String> lines = new ArrayList<>(header(session, at));
        Set<String> pressed = new LinkedHashSet<>();
        Set<String> asked = new LinkedHashSet<>();
        int next = 0;
        while (!session.isFinished()) {
            IvrStep step = session.step();
            if (step instanceof IvrStep.Play) {
                lines.add("play    " + say(((IvrStep.Play) step).prompt()));
                session = session.advance(IvrInput.played());
            } else {
                String input = next < inputs.size() ? inputs.get(next++).strip() : NO_INPUT;
                session = session.advance(answer((IvrStep.Collect) step, input, lines, pressed, asked));
            }
        }
        IvrOutcome outcome = session.outcome().orElseThrow();
        lines.add(describe(outcome));
        return new Result(lines, outcome, session, pressed, asked);
    }

    private static IvrInput answer(IvrStep.Collect collect, String input, List<String> lines, Set<String> pressed,
            Set<String> asked) {
        asked.add(collect.node());
        lines.add("menu    " + say(collect.prompt()) + "  [keys " + String.join(" ", collect.keys().split(""))
                + ", " + collect.timeout().toSeconds() + " s, attempt " + collect.attempt() + "]");
        boolean silent = input.isEmpty() || input.equals(NO_INPUT) || input.equalsIgnoreCase("timeout");
        lines.add(silent ? "  caller: (no input)" : "  caller: " + input);
        if (!silent && input.length() == 1 && collect.keys().contains(input)) {
            pressed.add(collect.node() + ":" + input);
        }
        return silent ? IvrInput.noInput() : IvrInput.digits(input);
    }

    private static List<String> header(IvrSession session, Instant at) {
        Script script = session.script();
        ZonedDateTime local = at.atZone(OpeningHours.ZONE);
        List<String> lines = new ArrayList<>();
        lines.add("hotline " + session.hotline() + " (" + script.hotline().label() + "), script "
                + script.source() + (script.id().equals(session.hotline()) ? "" : " (crisis routing)"));
        lines.add("at      " + WHEN.format(local) + " Europe/Paris: " + session.hours());
        Optional<CrisisSwitch> crisis = session.crisis();
        crisis.ifPresent(c -> lines.add("crisis  " + c.scope() + " until " + WHEN.format(c.expiresAt().atZone(OpeningHours.ZONE))
                + ", then " + c.routing()));
        return lines;
    }

    static String say(Prompt prompt) {
        return prompt.name() + (prompt.standard() ? " (standard)" : "") + ": « " + prompt.text() + " »";
    }

    /** One line for an outcome, as {@code ivr run} prints it. */
    public static String describe(IvrOutcome outcome) {
        String choices = outcome.choices().isEmpty() ? "none" : String.join(" → ", outcome.choices());
        if (outcome instanceof IvrOutcome.RouteToGroup) {
            IvrOutcome.RouteToGroup route = (IvrOutcome.RouteToGroup) outcome;
            return "ROUTE   group " + route.group() + ", priority " + route.priority() + ", topic "
                    + (route.topic().isEmpty() ? "-" : route.topic()) + ", choices " + choices + ", overflow "
                    + describe(route.overflow()) + " (node " + route.node() + ")";
        }
        if (outcome instanceof IvrOutcome.Voicemail) {
            return "VOICEMAIL box " + ((IvrOutcome.Voicemail) outcome).box() + ", choices " + choices
                    + " (node " + outcome.node() + ")";
        }
        if (outcome instanceof IvrOutcome.CallbackRequest) {
            IvrOutcome.CallbackRequest callback = (IvrOutcome.CallbackRequest) outcome;
            return "CALLBACK group " + callback.group() + ", topic " + (callback.topic().isEmpty() ? "-" : callback.topic())
                    + ", choices " + choices + " (node " + outcome.node() + ")";
        }
        return "HANGUP  choices " + choices + " (node " + outcome.node() + ")";
    }

    static String describe(Overflow overflow) {
        if (overflow instanceof Overflow.ToGroup) {
            return "to group " + ((Overflow.ToGroup) overflow).group();
        }
        if (overflow instanceof Overflow.Voicemail) {
            return "voicemail " + ((Overflow.Voicemail) overflow).box();
        }
        if (overflow instanceof Overflow.CallbackOffer) {
            return "callback offer (" + ((Overflow.CallbackOffer) overflow).message().name() + ")";
        }
        if (overflow instanceof Overflow.ClosedMessage) {
            return "closed message (" + ((Overflow.ClosedMessage) overflow).message().name() + ")";
        }
        return "none";
    }
}
