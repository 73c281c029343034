package org.numvert.ivr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scripts in service at one moment: one per hotline, with the index from dialled number to
 * hotline and the crisis messages. Immutable: a hot reload builds a new library and swaps it in,
 * while sessions begun on this one keep their {@link Script}s. Thread-safe.
 */
public final class ScriptLibrary {
    public static final ScriptLibrary EMPTY = new ScriptLibrary(List.of(), CrisisMessages.NONE);

    private final Map<String, Script> byHotline;
    private final Map<String, String> hotlineByNumber;
    private final CrisisMessages crisisMessages;

    private ScriptLibrary(Collection<Script> scripts, CrisisMessages crisisMessages) {
        Map<String, Script> hotlines = new TreeMap<>();
        Map<String, String> numbers = new HashMap<>();
        for (Script script : scripts) {
            hotlines.put(script.id(), script);
            script.hotline().numbers().forEach(n -> numbers.put(n.name(), script.id()));
        }
        this.byHotline = Collections.unmodifiableMap(hotlines);
        this.hotlineByNumber = Map.copyOf(numbers);
        this.crisisMessages = crisisMessages;
    }

    /**
     * A library of scripts that were each validated; fails when they clash with one another
     * (see {@link #crossCheck}).
     */
    public static ScriptLibrary of(Collection<Script> scripts, CrisisMessages crisisMessages) {
        List<Problem> problems = crossCheck(scripts);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("scripts clash: " + problems);
        }
        return new ScriptLibrary(scripts, crisisMessages);
    }

    /** Problems between scripts: one hotline in two files, one number for two hotlines. */
    public static List<Problem> crossCheck(Collection<Script> scripts) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Script> hotlines = new HashMap<>();
        Map<String, Ref> numbers = new HashMap<>();
        for (Script script : scripts) {
            Script other = hotlines.putIfAbsent(script.id(), script);
            if (other != null) {
                problems.add(new Problem(script.hotline().at(), "hotline '" + script.id()
                        + "' is already defined in " + other.source().file()));
            }
            for (Ref number : script.hotline().numbers()) {
                Ref first = numbers.putIfAbsent(number.name(), number);
                if (first != null && !first.at().file().equals(number.at().file())) {
                    problems.add(new Problem(number.at(), "duplicate number " + number.name()
                            + ": already a number of " + first.at()));
                }
            }
        }
        Collections.sort(problems);
        return problems;
    }

    public Optional<Script> script(String hotline) {
        return Optional.ofNullable(byHotline.get(hotline));
    }

    /** The hotline a dialled number reaches, in any common French writing of it. */
    public Optional<String> hotlineForNumber(String dialled) {
        return DialledNumber.normalise(dialled).map(hotlineByNumber::get);
    }

    /** A hotline id, or a number that reaches one: what {@code ivr run} and hosts are given. */
    public Optional<Script> find(String hotlineOrNumber) {
        return script(hotlineOrNumber).or(() -> hotlineForNumber(hotlineOrNumber).flatMap(this::script));
    }

    public Collection<Script> scripts() {
        return byHotline.values();
    }

    public Set<String> hotlines() {
        return byHotline.keySet();
    }

    public CrisisMessages crisisMessages() {
        return crisisMessages;
    }

    public Optional<Prompt> crisisMessage(String name) {
        return Optional.ofNullable(crisisMessages.messages().get(name));
    }

    /** Every script's version, by hotline ({@code entreprises=3f9a1c…}). */
    public Map<String, String> versions() {
        return byHotline.values().stream().collect(Collectors.toMap(Script::id, s -> s.source().version(),
                (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public String toString() {
        return "ScriptLibrary" + versions();
    }
}
