package org.stroma.randomization.study;

import java.util.ArrayList;
import java.util.List;

import org.stroma.randomization.AllocationList;
import org.stroma.randomization.Envelope;
import org.stroma.randomization.ListEntry;
import org.stroma.randomization.RandomizationPlan;

/**
 * The sealed content of a stored list: the plan's text (with its seed), a line {@value #ENTRIES},
 * then one line per entry ({@code stratum;sequence;block;blockSize;arm}) or per envelope
 * ({@code site;number;arm}). A minimization plan has no entries. Stored so that the list can be
 * printed and checked by hand, and regenerated from the plan to prove it was not altered.
 */
public final class SealedListText {

    static final String ENTRIES = "--- entries";

    private SealedListText() {
    }

    /** What a stored list holds, read back. */
    public record Content(RandomizationPlan plan, List<ListEntry> entries, List<Envelope> envelopes) {
    }

    static String of(RandomizationPlan plan, List<ListEntry> entries) {
        StringBuilder text = new StringBuilder(plan.toText().strip()).append('\n').append(ENTRIES).append('\n');
        for (ListEntry e : entries) {
            text.append(e.stratumKey()).append(';').append(e.sequence()).append(';').append(e.block()).append(';')
                    .append(e.blockSize()).append(';').append(e.armId()).append('\n');
        }
        return text.toString();
    }

    static String ofEnvelopes(RandomizationPlan plan, List<Envelope> envelopes) {
        StringBuilder text = new StringBuilder(plan.toText().strip()).append('\n').append(ENTRIES).append('\n');
        for (Envelope e : envelopes) {
            text.append(e.siteId()).append(';').append(e.number()).append(';').append(e.armId()).append('\n');
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException naming the line that is not understood */
    public static Content read(String text) {
        int split = text.indexOf(ENTRIES);
        if (split < 0) {
            throw new IllegalArgumentException("the stored list has no '" + ENTRIES + "' line");
        }
        RandomizationPlan plan = RandomizationPlan.fromText(text.substring(0, split));
        List<ListEntry> entries = new ArrayList<>();
        List<Envelope> envelopes = new ArrayList<>();
        for (String line : text.substring(split + ENTRIES.length()).strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(";");
            try {
                if (f.length == 5) {
                    entries.add(new ListEntry(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]), f[4]));
                } else if (f.length == 3) {
                    envelopes.add(new Envelope(f[0], Integer.parseInt(f[1]), f[2]));
                } else {
                    throw new IllegalArgumentException("expected 5 or 3 fields");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the stored list's line '" + line + "' is not understood: "
                        + e.getMessage(), e);
            }
        }
        return new Content(plan, entries, envelopes);
    }

    /** Whether the entries are exactly what the plan generates: a stored list nobody altered. */
    static boolean matchesPlan(Content content) {
        return content.entries().equals(AllocationList.generate(content.plan()).entries());
    }
}
