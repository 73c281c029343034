package org.numvert.faq;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did. Conflicts are articles whose database revision is newer than the file (an
 * editor changed it since, or the file is older): they were left as they are.
 *
 * @param problems entries that could not be read, and keys that were ignored
 */
public record ImportReport(int created, int updated, int unchanged, List<Conflict> conflicts,
        List<SourceProblem> problems) {

    public ImportReport {
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    /** @param reason why the database revision was kept */
    public record Conflict(String id, String origin, String reason) {
        @Override
        public String toString() {
            return id + " (" + origin + "): " + reason;
        }
    }

    public ImportReport withProblems(List<SourceProblem> more) {
        List<SourceProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new ImportReport(created, updated, unchanged, conflicts, all);
    }

    /** One line for people: "12 created, 3 updated, 70 unchanged, 1 conflict, 0 problems". */
    public String summary() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, "
                + conflicts.size() + " conflict(s), " + problems.size() + " problem(s)";
    }
}
