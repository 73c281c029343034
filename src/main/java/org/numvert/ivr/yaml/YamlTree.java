package org.numvert.ivr.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.numvert.ivr.Position;
import org.numvert.ivr.Problem;
import org.numvert.ivr.ScriptNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML text into the positioned {@link ScriptNode} tree with SnakeYAML's composer: nodes
 * with their marks, no construction of Java objects (so no type guessing: {@code 08:30}, {@code 0800…}
 * and {@code yes} all stay text) and no arbitrary types. Positions are 1-based.
 */
public final class YamlTree {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_CODE_POINTS = 1 << 20;

    private YamlTree() {
    }

    /** The outcome: the tree, or the one syntax problem that stopped the reading. */
    public record Read(Optional<ScriptNode> root, Optional<Problem> syntaxError) {
    }

    public static Read read(String file, String content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            Node root = new Yaml(options).compose(new StringReader(content));
            if (root == null) {
                return failed(new Problem(Position.startOf(file), "the file is empty"));
            }
            return new Read(Optional.of(convert(file, root, 0)), Optional.empty());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.startOf(file) : at(file, mark);
            return failed(new Problem(at, "YAML syntax error: " + describe(e)));
        } catch (YAMLException | NestingTooDeep e) {
            return failed(new Problem(Position.startOf(file), "YAML syntax error: " + e.getMessage()));
        }
    }

    private static Read failed(Problem problem) {
        return new Read(Optional.empty(), Optional.of(problem));
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        String hint = (problem + context).contains("alias") ? "; write the key \"*\" in quotes" : "";
        return problem.strip() + context + hint;
    }

    private static ScriptNode convert(String file, Node node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new NestingTooDeep("nesting deeper than " + MAX_DEPTH + " levels (a recursive alias?)");
        }
        Position at = at(file, node.getStartMark());
        if (node instanceof ScalarNode) {
            return new ScriptNode.Text(at, ((ScalarNode) node).getValue());
        }
        if (node instanceof SequenceNode) {
            List<ScriptNode> items = new ArrayList<>();
            ((SequenceNode) node).getValue().forEach(item -> items.add(convert(file, item, depth + 1)));
            return new ScriptNode.Sequence(at, items);
        }
        List<ScriptNode.Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            ScriptNode key = convert(file, tuple.getKeyNode(), depth + 1);
            ScriptNode.Text textKey = key instanceof ScriptNode.Text
                    ? (ScriptNode.Text) key : new ScriptNode.Text(key.at(), "(" + key.kind() + ")");
            entries.add(new ScriptNode.Entry(textKey, convert(file, tuple.getValueNode(), depth + 1)));
        }
        return new ScriptNode.Mapping(at, entries);
    }

    private static Position at(String file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Stops the conversion of a pathological tree (aliases pointing at their own parents). */
    private static final class NestingTooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NestingTooDeep(String message) {
            super(message);
        }
    }
}
