package org.stroma.cli.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.randomization.Envelope;

/**
 * The printable form of a site's sealed emergency envelopes (plain text, UTF-8): a header naming
 * the study, the site, when and by whom, and what the site does with them, then one block per
 * envelope, {@code ENVELOPE n — cut here} followed by the arm sealed inside.
 */
final class EnvelopeSheet {

    /** The line that starts every envelope's block; {@code %d} is its number. */
    static final String ENVELOPE = "ENVELOPE %d \u2014 cut here";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String CUT = "- ".repeat(36).strip();

    private EnvelopeSheet() {
    }

    /**
     * @param listId the stored list the envelopes are, named so a reconciliation can be traced
     * @param who    the signed-in user, e.g. {@code statistician (Priya Nair)}
     */
    static String text(Study design, String siteCode, List<Envelope> envelopes, String listId, String who,
            Instant at) {
        Map<String, String> armNames = design.getArms().stream()
                .collect(Collectors.toMap(Arm::getCode, a -> a.getName() == null ? "" : a.getName(), (a, b) -> a));
        String siteName = design.getSites().stream().filter(s -> siteCode.equals(s.getCode())).map(Site::getName)
                .filter(n -> n != null && !n.isBlank()).map(n -> " (" + n + ")").findFirst().orElse("");
        StringBuilder text = new StringBuilder();
        text.append("SEALED EMERGENCY ALLOCATION ENVELOPES\n\n");
        String acronym = design.getAcronym() == null || design.getAcronym().equalsIgnoreCase(design.getId()) ? ""
                : " (" + design.getAcronym() + ")";
        text.append("Study:      ").append(design.getId()).append(acronym).append('\n');
        if (design.getTitle() != null && !design.getTitle().isBlank()) {
            text.append("Title:      ").append(design.getTitle()).append('\n');
        }
        text.append("Site:       ").append(siteCode).append(siteName).append('\n');
        text.append("Envelopes:  ").append(envelopes.size()).append(", numbered 1 to ").append(envelopes.size())
                .append('\n');
        text.append("List:       ").append(listId).append('\n');
        text.append("Generated:  ").append(TIME.format(at)).append(" by ").append(who).append("\n\n");
        text.append("""
                For use only when the workbench cannot be reached to randomize a subject.
                Instructions: open one envelope per subject in order; record subject, date, envelope
                number; reconcile in the workbench as soon as it can be reached again:
                  stroma reconcile-envelope --db DIR --user NAME --study %s --site %s \\
                      --subject ID --envelope N --arm CODE
                The subject must be enrolled with a signed consent before an envelope is opened. Never
                open an envelope out of order or for a subject who was randomized already; an unused
                envelope stays sealed. Cut along the dashed lines, fold each envelope so that its arm
                cannot be read, seal it and keep the envelopes locked away in number order.
                """.formatted(design.getId(), siteCode));
        for (Envelope envelope : envelopes) {
            text.append('\n').append(CUT).append('\n');
            text.append(ENVELOPE.formatted(envelope.number())).append('\n');
            text.append("  Study ").append(design.getId()).append(", site ").append(siteCode).append(", envelope ")
                    .append(envelope.number()).append(" of ").append(envelopes.size()).append('\n');
            text.append("  Arm: ").append(envelope.armId()).append(" (").append(armNames.getOrDefault(envelope.armId(),
                    "")).append(")\n");
            text.append("  Subject: ______________   Date: ______________   Opened by: ______________\n");
        }
        text.append('\n').append(CUT).append('\n');
        return text.toString();
    }
}
