package org.stroma.demo;

import java.util.List;

import org.stroma.model.study.Study;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.randomization.study.StudySchemes;
import org.stroma.security.AccessControl;
import org.stroma.security.Role;
import org.stroma.security.UserAdministration;
import org.stroma.security.UserSession;
import org.stroma.store.ChangeContext;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;

/** Fills a new study database with the four synthetic demo studies. */
public final class DemoDatabase {

    /** The seed of the demo every installation shows, so screenshots and manuals agree. */
    public static final long SEED = 20240517L;

    /** The user the demo's records are attributed to in the audit trail. */
    public static final String DEMO_USER = "demo";

    /** The study the workbench opens first on a demo database. */
    public static final String FIRST_STUDY_ID = DemoStudies.LOS_FACE;

    /**
     * The key a demo database is encrypted with, published in the README: demo data are
     * synthetic, and anyone trying the workbench must be able to open them.
     */
    public static final String KEY = "stroma-demo-key";

    /** The password of every demo account, published in the README with the accounts. */
    public static final String PASSWORD = "Stroma-demo-2026";

    /** A demo account: one per role. */
    public record Account(String userName, String fullName, Role role) {
    }

    /** The demo's accounts, one per role; {@code admin} is made first. */
    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Alex Morgan", Role.ADMINISTRATOR),
            new Account("investigator", "Dr. Lin Wei", Role.INVESTIGATOR),
            new Account("coordinator", "Sam Okafor", Role.STUDY_COORDINATOR),
            new Account("assessor", "Dr. Rosa Iglesias", Role.BLINDED_OUTCOME_ASSESSOR),
            new Account("statistician", "Priya Nair", Role.UNBLINDED_STATISTICIAN),
            new Account("monitor", "Jonas Berg", Role.MONITOR));

    private DemoDatabase() {
    }

    /** The demo database's key. */
    public static DatabaseKey key() {
        return DatabaseKey.of(KEY);
    }

    /**
     * Fills a new database with the demo studies and the demo accounts.
     *
     * @throws StoreException when the database already holds studies; nothing is changed then
     */
    public static List<Study> fill(StudyDatabase database, AccessControl control) {
        List<Study> studies = fill(database);
        Account first = ACCOUNTS.get(0);
        UserSession admin = control.createFirstAdministrator(database, first.userName(), first.fullName(),
                PASSWORD.toCharArray());
        UserAdministration users = control.users(database, admin);
        for (Account account : ACCOUNTS.subList(1, ACCOUNTS.size())) {
            users.add(account.userName(), account.fullName(), account.role(), List.of(), PASSWORD.toCharArray());
        }
        planAllocationLists(database, control, studies);
        return studies;
    }

    /**
     * The statistician's allocation lists for subjects enrolled from now on in the randomized
     * studies: permuted blocks stratified by site, as the demo's own allocations were made.
     */
    private static void planAllocationLists(StudyDatabase database, AccessControl control, List<Study> studies) {
        UserSession statistician = control.signIn(database, "statistician", PASSWORD.toCharArray());
        StudyRandomization randomization = new StudyRandomization(control.studies(database, statistician));
        for (Study study : studies) {
            if (study.getArms().size() < 2) {
                continue;
            }
            Factor sites = StudySchemes.factor(study, Factor.SITE, 1.0, List.of());
            randomization.plan(study.getId(), RandomizationScheme.stratifiedBlocks(StudySchemes.arms(study),
                    List.of(1, 2), List.of(sites), Math.max(1, study.getTargetEnrollment())), "");
        }
    }

    /**
     * Saves the demo studies, each in its own transaction with its audit trail, without accounts.
     *
     * @throws StoreException when the database already holds studies; nothing is changed then
     */
    public static List<Study> fill(StudyDatabase database) {
        if (!database.studies().isEmpty()) {
            throw new StoreException(database.folder() + " already holds studies; demo data goes into a new folder");
        }
        List<Study> studies = DemoStudies.create(SEED);
        for (Study study : studies) {
            database.saveStudy(study, ChangeContext.firstEntry(DEMO_USER));
        }
        return studies;
    }
}
