package org.numvert.ivr.yaml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.numvert.ivr.CrisisMessages;
import org.numvert.ivr.GroupCatalogue;
import org.numvert.ivr.Position;
import org.numvert.ivr.Problem;
import org.numvert.ivr.Script;
import org.numvert.ivr.ScriptCompiler;
import org.numvert.ivr.ScriptCompiler.Compiled;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.ScriptNode;
import org.numvert.ivr.ScriptSource;

/**
 * Builds a {@link ScriptLibrary} from the files of a scripts directory: the skill-group catalogue
 * ({@value #SKILL_GROUPS}), the crisis messages ({@value #CRISIS_MESSAGES}) and one script per
 * hotline (every other {@code .yaml} file).
 *
 * <p>A file that is invalid now but has a previous valid version (the one being served, or the
 * last valid copy kept in the data directory) keeps serving that version: the problems are still
 * reported, with a fallback note. A file invalid with no previous version, or scripts that clash
 * (one number for two hotlines), leave no library at all. Pure apart from the YAML reading: the
 * caller reads the files.
 */
public final class ScriptLoader {
    public static final String SKILL_GROUPS = "skill-groups.yaml";
    public static final String CRISIS_MESSAGES = "crisis-messages.yaml";

    /**
     * @param library     the library to serve; empty when a problem has no fallback
     * @param problems    every problem found in the current files, in file order
     * @param fallbacks   one note per file that serves its previous valid version
     * @param served      file name → the content actually served (to keep as "previous")
     * @param knownGroups the skill groups the scripts were checked against
     */
    public record Loaded(Optional<ScriptLibrary> library, List<Problem> problems, List<String> fallbacks,
            Map<String, String> served, Set<String> knownGroups) {
        public Loaded {
            problems = List.copyOf(problems);
            fallbacks = List.copyOf(fallbacks);
            served = Collections.unmodifiableMap(new TreeMap<>(served));
            knownGroups = Collections.unmodifiableSet(new LinkedHashSet<>(knownGroups));
        }

        /** Every file valid as it is now. */
        public boolean isValid() {
            return library.isPresent() && problems.isEmpty();
        }
    }

    private final String location;
    private final Map<String, String> previous;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> fallbacks = new ArrayList<>();
    private final Map<String, String> served = new LinkedHashMap<>();
    private boolean fatal;

    private ScriptLoader(String location, Map<String, String> previous) {
        this.location = location;
        this.previous = previous;
    }

    /**
     * @param location    how the directory is named in problems ({@code ivr-scripts})
     * @param sources     file name → content, as the directory holds them now
     * @param previous    file name → content of the versions served so far (empty: no fallback)
     * @param extraGroups groups known besides the catalogue's (created in the database)
     */
    public static Loaded load(String location, Map<String, String> sources, Map<String, String> previous,
            Set<String> extraGroups) {
        return new ScriptLoader(location, previous).loadAll(new TreeMap<>(sources), extraGroups);
    }

    /** A short hash of a file's content: the version of a script. */
    public static String version(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Loaded loadAll(Map<String, String> sources, Set<String> extraGroups) {
        Set<String> groups = new LinkedHashSet<>();
        choose(SKILL_GROUPS, sources.get(SKILL_GROUPS), this::catalogue).ifPresent(groups::addAll);
        groups.addAll(extraGroups);
        CrisisMessages crisis = sources.containsKey(CRISIS_MESSAGES)
                ? choose(CRISIS_MESSAGES, sources.get(CRISIS_MESSAGES), this::crisisMessages).orElse(CrisisMessages.NONE)
                : CrisisMessages.NONE;
        List<Script> scripts = new ArrayList<>();
        sources.forEach((name, content) -> {
            if (!name.equals(SKILL_GROUPS) && !name.equals(CRISIS_MESSAGES)) {
                choose(name, content, (n, c) -> script(n, c, groups)).ifPresent(scripts::add);
            }
        });
        List<Problem> clashes = ScriptLibrary.crossCheck(scripts);
        problems.addAll(clashes);
        Collections.sort(problems);
        Optional<ScriptLibrary> library = fatal || !clashes.isEmpty()
                ? Optional.empty() : Optional.of(ScriptLibrary.of(scripts, crisis));
        return new Loaded(library, problems, fallbacks, served, groups);
    }

    /** The file compiled now, else its previous valid version, else nothing (fatal). */
    private <T> Optional<T> choose(String name, String content, BiFunction<String, String, Compiled<T>> compiler) {
        Compiled<T> now = content == null
                ? Compiled.failed(List.of(new Problem(Position.startOf(file(name)), "the file " + name + " is missing")))
                : compiler.apply(name, content);
        if (now.isValid()) {
            served.put(name, content);
            return now.value();
        }
        problems.addAll(now.problems());
        String before = previous.get(name);
        if (before != null && !before.equals(content)) {
            Compiled<T> old = compiler.apply(name, before);
            if (old.isValid()) {
                served.put(name, before);
                fallbacks.add(file(name) + " is invalid (" + now.problems().size()
                        + " problem(s)); its previous valid version " + version(before) + " keeps serving");
                return old.value();
            }
        }
        fatal = true;
        return Optional.empty();
    }

    private Compiled<Set<String>> catalogue(String name, String content) {
        return compiled(name, content, root -> {
            List<Problem> found = new ArrayList<>();
            Set<String> ids = GroupCatalogue.ids(root, found);
            return found.isEmpty() ? new Compiled<>(Optional.of(ids), List.of()) : Compiled.failed(found);
        });
    }

    private Compiled<CrisisMessages> crisisMessages(String name, String content) {
        return compiled(name, content, root -> ScriptCompiler.crisisMessages(root, source(name, content)));
    }

    private Compiled<Script> script(String name, String content, Set<String> groups) {
        return compiled(name, content, root -> ScriptCompiler.script(root, source(name, content), groups));
    }

    private <T> Compiled<T> compiled(String name, String content, Function<ScriptNode, Compiled<T>> compile) {
        YamlTree.Read read = YamlTree.read(file(name), content);
        return read.root().map(compile).orElseGet(() -> Compiled.failed(List.of(read.syntaxError().orElseThrow())));
    }

    private ScriptSource source(String name, String content) {
        return new ScriptSource(file(name), version(content));
    }

    private String file(String name) {
        return location.isEmpty() ? name : location + "/" + name;
    }
}
