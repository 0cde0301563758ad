package org.stroma.reporting.data;

import java.util.ArrayList;
import java.util.List;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Subject;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;

/**
 * The arm columns of a by-arm table: one column per arm of the study for users who may see
 * allocation, a single pooled column for blinded users. Designs have room for
 * {@value #MAX_ARMS} arm columns plus a total; the {@code arms} table names them.
 */
public final class ArmColumns {

    /** Arm columns a by-arm design lays out ({@code arm1}..{@code arm3}). */
    public static final int MAX_ARMS = 3;

    /** Label of the pooled column shown to blinded users. */
    public static final String BLINDED = "All subjects (allocation concealed)";

    private final List<Arm> arms;
    private final boolean blinded;

    private ArmColumns(List<Arm> arms, boolean blinded) {
        this.arms = arms;
        this.blinded = blinded;
    }

    public static ArmColumns of(ReportRequest request) {
        boolean blinded = request.access().isBlindedIn(request.study());
        List<Arm> arms = blinded ? List.of() : List.copyOf(request.study().getArms());
        if (arms.size() > MAX_ARMS) {
            throw new IllegalArgumentException("study " + request.study().getId() + " has " + arms.size()
                    + " arms; by-arm reports lay out at most " + MAX_ARMS);
        }
        return new ArmColumns(arms, blinded);
    }

    public boolean blinded() {
        return blinded;
    }

    /** Number of columns before the total: the arms, or 1 when blinded or the study has no arms. */
    public int count() {
        return arms.isEmpty() ? 1 : arms.size();
    }

    /** Column label of {@code index} (0-based). */
    public String label(int index) {
        return arms.isEmpty() ? (blinded ? BLINDED : "All subjects") : arms.get(index).getName();
    }

    /** The column of {@code subject}: its arm's index, 0 when pooled, -1 when not allocated. */
    public int indexOf(Subject subject) {
        if (arms.isEmpty()) {
            return 0;
        }
        Arm arm = subject.getAllocatedArm();
        return arm == null ? -1 : arms.indexOf(arm);
    }

    /**
     * The {@code arms} table: {@code arm_index} (0-based), {@code arm} (label), {@code n}
     * (subjects in the column among {@code subjects}).
     */
    public ReportTable table(List<Subject> subjects) {
        ReportTable table = new ReportTable("arms", "arm_index", "arm", "n");
        int[] counts = new int[count()];
        for (Subject subject : subjects) {
            int index = indexOf(subject);
            if (index >= 0) {
                counts[index]++;
            }
        }
        for (int i = 0; i < count(); i++) {
            table.add(i, label(i), counts[i]);
        }
        return table;
    }

    /**
     * A row's cells {@code arm1..arm3} followed by {@code total}: the per-column texts padded
     * with {@code null} for columns the study does not have.
     */
    public Object[] cells(List<String> perColumn, String total) {
        if (perColumn.size() != count()) {
            throw new IllegalArgumentException("expected " + count() + " arm cells, got " + perColumn.size());
        }
        List<Object> cells = new ArrayList<>(perColumn);
        while (cells.size() < MAX_ARMS) {
            cells.add(null);
        }
        cells.add(total);
        return cells.toArray();
    }
}
