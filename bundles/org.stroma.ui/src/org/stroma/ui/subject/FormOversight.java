package org.stroma.ui.subject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Assessment;
import org.stroma.security.Permission;
import org.stroma.security.Signatures;
import org.stroma.store.RecordLock;
import org.stroma.ui.InBackground;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.Refusals;
import org.stroma.ui.access.SignatureDialog;

/**
 * Above a saved form: whether it is locked and by whom, its electronic signatures (each checked
 * against the form as stored now, an invalid one in red), and the buttons to sign it and, for
 * users who may, to lock and unlock it.
 */
final class FormOversight {

    static final String SIGN = "Sign...";
    static final String LOCK = "Lock";
    static final String UNLOCK = "Unlock...";
    /** Widget data key marking the lines this strip shows: {@code lock} or {@code signature}. */
    static final String LINE_KEY = "stroma.oversight";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final SubjectEditing editing;
    private final BooleanSupplier typedChanges;
    private final Composite strip;
    private final Label lockLine;
    private final Composite signatureLines;
    private final Button sign;
    private final Button lock;
    private final Button unlock;
    private Assessment form;
    private String what;
    private int shown;

    /** @param typedChanges whether the form shown has changes not saved (then it cannot be signed) */
    FormOversight(Composite parent, SubjectEditing editing, BooleanSupplier typedChanges) {
        this.editing = editing;
        this.typedChanges = typedChanges;
        strip = new Composite(parent, SWT.NONE);
        strip.setLayout(new GridLayout(4, false));
        strip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        lockLine = new Label(strip, SWT.WRAP);
        lockLine.setData(LINE_KEY, "lock");
        lockLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sign = button(SIGN, this::sign);
        lock = button(LOCK, this::lock);
        unlock = button(UNLOCK, this::unlock);
        boolean locks = editing.user().can(Permission.LOCK_RECORDS);
        for (Button b : List.of(lock, unlock)) {
            b.setVisible(locks);
            ((GridData) b.getLayoutData()).exclude = !locks;
        }
        signatureLines = new Composite(strip, SWT.NONE);
        signatureLines.setLayout(new GridLayout(1, false));
        signatureLines.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        show(null, null);
    }

    private Button button(String text, Runnable action) {
        Button button = new Button(strip, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    Control control() {
        return strip;
    }

    /** The lock of the form shown, if any (of the form or of its subject). */
    Optional<RecordLock> lockOfShown() {
        return form == null ? Optional.empty() : editing.session().lockOf(form);
    }

    /**
     * Shows the lock and signatures of a saved form (read in a Job), or nothing for a new form.
     *
     * @param what the form in the user's words, e.g. "mRSS at 3 months"
     */
    void show(Assessment saved, String what) {
        this.form = saved;
        this.what = what;
        int asked = ++shown;
        clearSignatures();
        Optional<RecordLock> locked = lockOfShown();
        lockLine.setText(saved == null ? "" : locked.map(this::lockText).orElse("Not locked"));
        sign.setEnabled(saved != null && !SignatureDialog.meaningsOf(editing.user()).isEmpty());
        lock.setEnabled(saved != null && locked.isEmpty());
        unlock.setEnabled(locked.isPresent());
        if (saved != null) {
            String studyId = editing.session().study().getId();
            String recordId = saved.getId();
            line("Reading the signatures...", false);
            InBackground.run("Reading the signatures of " + what, strip.getDisplay(),
                    () -> editing.session().access().signatures().ofRecord(studyId, recordId),
                    statuses -> showSignatures(asked, statuses),
                    failure -> showRefusal(asked, Refusals.message(failure)));
        }
        strip.getParent().layout(true, true);
    }

    private String lockText(RecordLock held) {
        boolean itself = form != null && held.recordId().equals(form.getId());
        return "Locked by " + held.lockedBy() + " since " + UTC.format(held.lockedAt())
                + (itself ? "" : " (with the subject)") + "; the form cannot be changed until it is unlocked.";
    }

    private void showSignatures(int asked, List<Signatures.Status> statuses) {
        if (asked != shown || strip.isDisposed()) {
            return;
        }
        clearSignatures();
        if (statuses.isEmpty()) {
            line("Not signed", false);
        }
        for (Signatures.Status status : statuses) {
            line("Signed: " + status.describe(), !status.valid());
        }
        strip.getParent().layout(true, true);
    }

    private void showRefusal(int asked, String why) {
        if (asked != shown || strip.isDisposed()) {
            return;
        }
        clearSignatures();
        line("The signatures cannot be read. " + why, true);
        strip.getParent().layout(true, true);
    }

    private void line(String text, boolean red) {
        Label line = new Label(signatureLines, SWT.WRAP);
        line.setText(text);
        line.setData(LINE_KEY, "signature");
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (red) {
            line.setForeground(line.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
    }

    private void clearSignatures() {
        for (Control child : signatureLines.getChildren()) {
            child.dispose();
        }
    }

    private void sign() {
        if (form == null) {
            return;
        }
        if (typedChanges.getAsBoolean()) {
            MessageDialog.openInformation(editing.shell(), SignatureDialog.TITLE,
                    "Save the form first: a signature signs the form as saved.");
            return;
        }
        String studyId = editing.session().study().getId();
        String recordId = form.getId();
        String signed = what + ", subject " + SubjectLabels.id(editing.subject()) + " of " + studyId;
        if (SignatureDialog.sign(editing.shell(), signed, editing.user(), (meaning, password) -> editing.session()
                .access().signatures().signRecord(studyId, recordId, meaning, password))) {
            editing.refresh("Signed " + what);
        }
    }

    private void lock() {
        if (form != null) {
            String studyId = editing.session().study().getId();
            String recordId = form.getId();
            editing.oversee("Not Locked", "Locked " + what, access -> access.oversight().lock(studyId, recordId));
        }
    }

    private void unlock() {
        Optional<RecordLock> held = lockOfShown();
        if (held.isEmpty()) {
            return;
        }
        Optional<String> reason = ReasonForChangeDialog.ask(editing.shell(), "Unlock Form", "Why unlock " + what + "?",
                "Unlocking " + held.get().recordId() + ", locked by " + held.get().lockedBy()
                        + ". The reason is kept in the audit trail.", "Unlock");
        if (reason.isPresent()) {
            String studyId = editing.session().study().getId();
            editing.oversee("Not Unlocked", "Unlocked " + what,
                    access -> access.oversight().unlock(studyId, held.get().recordId(), reason.get()));
        }
    }
}
