package org.stroma.exchange.odm;

import java.util.List;

import org.stroma.model.study.Study;
import org.stroma.store.AuditEntry;

/**
 * A study read from an ODM file, not yet stored.
 *
 * @param study   the study with its design, subjects and their records
 * @param history the study's audit trail as the file gives it, oldest first, each entry with
 *                its original user, time and reason; sequence numbers count from 1 in the file
 * @since 0.1
 */
public record ImportedStudy(Study study, List<AuditEntry> history) {

    public ImportedStudy {
        history = List.copyOf(history);
    }
}
