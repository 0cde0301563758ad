package org.stroma.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.ibm.icu.util.TimeZone;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IEngineTask;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.stroma.reporting.ReportCanceledException;
import org.stroma.reporting.ReportFailedException;
import org.stroma.reporting.ReportOutput;
import org.stroma.reporting.ReportRun;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportDefinition;
import org.stroma.security.StudyAccess;

/** A report whose data is collected, written by BIRT into a file of the chosen format. */
final class BirtReportRun implements ReportRun {

    private final BirtEngine engine;
    private final ReportDefinition report;
    private final StudyAccess access;
    private final String studyId;
    private final ReportData data;
    private final PageFrame frame;
    private volatile IRunAndRenderTask running;
    private volatile boolean canceled;

    BirtReportRun(BirtEngine engine, ReportDefinition report, StudyAccess access, String studyId, ReportData data,
            PageFrame frame) {
        this.engine = engine;
        this.report = report;
        this.access = access;
        this.studyId = studyId;
        this.data = data;
        this.frame = frame;
    }

    @Override
    public String describe() {
        return report.name() + " for " + studyId;
    }

    @Override
    public void writeTo(Path file, ReportOutput output) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, target.getFileName().toString(), ".part");
        try {
            render(part, output);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        access.recordReport(studyId, target.toString(), report.name() + " " + report.version() + " as "
                + output.extension());
    }

    private void render(Path file, ReportOutput output) throws IOException {
        IReportRunnable design;
        try (InputStream in = report.openDesign()) {
            design = engine.open(report.name() + ".rptdesign", in);
        }
        IRunAndRenderTask task = engine.task(design);
        Map<String, Object> context = new HashMap<>();
        context.put(DesignData.KEY, new DesignData(data));
        context.put(PageFrame.KEY, frame);
        task.setAppContext(context);
        task.setTimeZone(TimeZone.getTimeZone("UTC"));
        task.setLocale(Locale.ROOT);
        task.setRenderOption(option(file, output));
        running = task;
        try {
            if (canceled) {
                throw new ReportCanceledException(describe());
            }
            task.run();
            if (canceled || task.getStatus() == IEngineTask.STATUS_CANCELLED) {
                throw new ReportCanceledException(describe());
            }
            @SuppressWarnings("unchecked")
            List<Throwable> errors = task.getErrors();
            if (!errors.isEmpty()) {
                throw new ReportFailedException(describe() + " failed: " + errors.stream().map(Throwable::getMessage)
                        .collect(Collectors.joining("; ")), errors.get(0));
            }
        } catch (BirtException e) {
            throw new ReportFailedException(describe() + " failed: " + e.getMessage(), e);
        } finally {
            running = null;
            task.close();
        }
    }

    private static IRenderOption option(Path file, ReportOutput output) {
        RenderOption option = switch (output) {
            case PDF -> {
                PDFRenderOption pdf = new PDFRenderOption();
                pdf.setEmbededFont(true);
                yield pdf;
            }
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                html.setEmbeddable(false);
                html.setEnableInlineStyle(true);
                html.setImageDirectory(file.resolveSibling(file.getFileName() + "-images").toString());
                yield html;
            }
            case DOCX -> new RenderOption();
        };
        option.setOutputFormat(output.extension());
        option.setOutputFileName(file.toString());
        return option;
    }

    @Override
    public void cancel() {
        canceled = true;
        IRunAndRenderTask task = running;
        if (task != null) {
            task.cancel();
        }
    }
}
