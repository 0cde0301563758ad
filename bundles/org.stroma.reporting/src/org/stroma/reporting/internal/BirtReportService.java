package org.stroma.reporting.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.stroma.model.study.Study;
import org.stroma.reporting.ReportRun;
import org.stroma.reporting.ReportService;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportDefinition;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.Permission;
import org.stroma.security.StudyAccess;
import org.stroma.security.UserSession;

/** The one BIRT engine of the application, started when reports are first asked for. */
@Component(service = ReportService.class)
public final class BirtReportService implements ReportService {

    private final List<ReportDefinition> contributed = new CopyOnWriteArrayList<>();
    private BirtEngine engine;

    @Activate
    void activate() {
        engine = BirtEngine.start(Path.of(System.getProperty("java.io.tmpdir"), "stroma-report-fonts"));
    }

    @Deactivate
    void deactivate() {
        engine.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReport(ReportDefinition report) {
        contributed.add(report);
    }

    void removeReport(ReportDefinition report) {
        contributed.remove(report);
    }

    @Override
    public List<ReportDefinition> installed() {
        List<ReportDefinition> all = new ArrayList<>(BuiltInReports.ALL);
        contributed.stream().sorted(Comparator.comparing(ReportDefinition::name))
                .filter(report -> all.stream().noneMatch(known -> known.name().equals(report.name())))
                .forEach(all::add);
        return all;
    }

    @Override
    public ReportRun prepare(StudyAccess access, String studyId, String name, Map<String, String> parameters) {
        ReportDefinition report = find(name).orElseThrow(() -> new IllegalArgumentException("no report named '" + name
                + "'; installed: " + installed().stream().map(ReportDefinition::name).toList()));
        access.session().require(Permission.GENERATE_REPORTS);
        Study study = access.loadStudy(studyId)
                .orElseThrow(() -> new IllegalArgumentException("no study " + studyId + " in this database"));
        return prepare(access, study, report, parameters);
    }

    /** {@link #prepare(StudyAccess, String, String, Map)} for a study already loaded through {@code access}. */
    ReportRun prepare(StudyAccess access, Study study, ReportDefinition report, Map<String, String> parameters) {
        UserSession session = access.session();
        session.require(Permission.GENERATE_REPORTS);
        if (report.unblindedOnly() && access.isBlindedIn(study)) {
            throw new AccessDeniedException(session.userName() + " (" + session.role().label() + ") is blinded in "
                    + study.getId() + " and may not produce the " + report.title());
        }
        ReportData data = report.collect(new ReportRequest(access, study, parameters));
        PageFrame frame = new PageFrame(PageFrame.studyLabel(study.getId(), study.getTitle()), report.title(),
                report.version(),
                Instant.now(), session.fullName() + " (" + session.userName() + ", " + session.role().label() + ")",
                study.isSynthetic());
        return new BirtReportRun(engine, report, access, study.getId(), data, frame);
    }
}
