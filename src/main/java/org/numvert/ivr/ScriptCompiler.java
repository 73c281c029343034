package org.numvert.ivr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and validates one script (or the crisis message catalogue) from its source tree: the
 * single entry point of the service at start and reload, of {@code ivr validate} and of tests.
 */
public final class ScriptCompiler {
    private ScriptCompiler() {
    }

    /**
     * The outcome of compiling one file: the value when there is no problem, else every problem
     * found, in file order.
     */
    public record Compiled<T>(Optional<T> value, List<Problem> problems) {
        public Compiled {
            Objects.requireNonNull(value, "value");
            problems = List.copyOf(problems);
            if (value.isPresent() && !problems.isEmpty()) {
                throw new IllegalArgumentException("a value with problems is not compiled");
            }
        }

        public static <T> Compiled<T> failed(List<Problem> problems) {
            return new Compiled<>(Optional.empty(), problems);
        }

        public boolean isValid() {
            return value.isPresent();
        }
    }

    /**
     * @param knownGroups the skill groups a script may route to: the catalogue's, plus groups
     *                    created in the database once the service runs
     */
    public static Compiled<Script> script(ScriptNode root, ScriptSource source, Set<String> knownGroups) {
        List<Problem> problems = new ArrayList<>();
        Optional<Script> script = ScriptParser.parse(root, source, problems);
        script.ifPresent(s -> ScriptValidator.validate(s, knownGroups, problems));
        return result(script, problems);
    }

    public static Compiled<CrisisMessages> crisisMessages(ScriptNode root, ScriptSource source) {
        List<Problem> problems = new ArrayList<>();
        CrisisMessages messages = ScriptParser.parseCrisisMessages(root, source, problems);
        return result(Optional.of(messages), problems);
    }

    private static <T> Compiled<T> result(Optional<T> value, List<Problem> problems) {
        List<Problem> distinct = problems.stream().distinct().sorted().toList();
        return distinct.isEmpty() ? new Compiled<>(value, List.of()) : Compiled.failed(distinct);
    }
}
