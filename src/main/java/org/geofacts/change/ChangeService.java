package org.geofacts.change;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Cursor;
import org.geofacts.paging.PageRequest;
import org.geofacts.web.ProblemException;

@ApplicationScoped
public class ChangeService {

    private final ChangeRepository changes;

    public ChangeService(ChangeRepository changes) {
        this.changes = changes;
    }

    /** @param page its cursor is the position after which to read; none means from the start */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage since(PageRequest page) {
        long after = page.after() == null ? 0 : position(page.after());
        List<ChangeRepository.Row> rows = changes.after(after, page.fetchSize());
        boolean more = rows.size() > page.limit();
        List<ChangeRepository.Row> shown = more ? rows.subList(0, page.limit()) : rows;
        long last = shown.isEmpty() ? after : shown.get(shown.size() - 1).seq();
        return new ChangePage(shown.stream().map(ChangeRepository.Row::change).toList(), Cursor.encode(Long.toString(last)), more,
                page.limit());
    }

    private static long position(String key) {
        try {
            long seq = Long.parseLong(key);
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ProblemException.invalidParameter("since", "not a cursor issued by the change feed");
    }
}
