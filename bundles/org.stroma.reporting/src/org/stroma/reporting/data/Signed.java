package org.stroma.reporting.data;

import java.util.Collection;
import java.util.Date;

import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;
import org.stroma.security.SignatureMeaning;
import org.stroma.security.Signatures;

/** The signature block: every electronic signature on the given records. */
final class Signed {

    private Signed() {
    }

    /** Table {@code name}: signed_at, user, full_name, meaning, record ("INVALID" noted when changed since). */
    static ReportTable table(String name, ReportRequest request, Collection<String> recordIds) {
        ReportTable table = new ReportTable(name, "signed_at", "user", "full_name", "meaning", "record");
        Signatures signatures = request.access().signatures();
        for (String id : recordIds) {
            for (Signatures.Status status : signatures.ofRecord(request.study().getId(), id)) {
                var signature = status.signature();
                table.add(Date.from(signature.signedAt()), signature.userName(), signature.printedName(),
                        SignatureMeaning.valueOf(signature.meaning()).label(),
                        id + (status.valid() ? "" : " (INVALID: changed after signing)"));
            }
        }
        return table;
    }
}
