package org.numvert.store;

import java.sql.SQLException;
import java.util.List;

/** The WHERE clause of a {@link CallQuery} and its parameters. */
final class CallFilter {
    private final CallQuery query;

    CallFilter(CallQuery query) {
        this.query = query;
    }

    String where() {
        StringBuilder where = new StringBuilder("WHERE entered_at >= ? AND entered_at < ?");
        query.hotline().ifPresent(h -> where.append(" AND hotline = ?"));
        query.group().ifPresent(g -> where.append(" AND group_id = ?"));
        if (!query.outcomes().isEmpty()) {
            where.append(" AND outcome IN (").append(Params.marks(query.outcomes().size())).append(')');
        }
        query.visibleGroups().ifPresent(groups -> where.append(groups.isEmpty() ? " AND 1 = 0"
                : " AND group_id IN (" + Params.marks(groups.size()) + ")"));
        return where.toString();
    }

    Params bind(Params p) throws SQLException {
        p.instant(query.from()).instant(query.to());
        if (query.hotline().isPresent()) {
            p.string(query.hotline().get());
        }
        if (query.group().isPresent()) {
            p.string(query.group().get());
        }
        for (String outcome : query.outcomes()) {
            p.string(outcome);
        }
        for (String group : query.visibleGroups().map(List::copyOf).orElse(List.of())) {
            p.string(group);
        }
        return p;
    }
}
