package org.stroma.reporting.api;

import java.util.Map;
import java.util.Optional;

import org.stroma.model.study.Study;
import org.stroma.security.StudyAccess;

/**
 * What a report's data is collected from: the signed-in user's access (role, site scope and
 * blinding already applied), the study as that user may see it, and the parameters given.
 *
 * @param access the user's access to the database; every read goes through it
 * @param study the study, loaded through {@code access} (redacted for blinded users)
 * @param parameters values keyed by {@link ReportParameter#key()}
 */
public record ReportRequest(StudyAccess access, Study study, Map<String, String> parameters) {

    public ReportRequest {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> parameter(ReportParameter parameter) {
        String value = parameters.get(parameter.key());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The parameter's value, or an {@link IllegalArgumentException} naming the missing option. */
    public String required(ReportParameter parameter) {
        return parameter(parameter).orElseThrow(() -> new IllegalArgumentException(
                "this report needs --" + parameter.key() + " (" + parameter.label() + ")"));
    }
}
