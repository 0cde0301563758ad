package org.stroma.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;

/** The BIRT platform and report engine, started once and shared by every rendering. */
final class BirtEngine {

    /** The shared page frame library every design extends. */
    static final String PAGE_LIBRARY = "stroma-page.rptlibrary";

    private final IReportEngine engine;

    private BirtEngine(IReportEngine engine) {
        this.engine = engine;
    }

    /** Starts BIRT headless with the report fonts installed under {@code fontFolder}. */
    static BirtEngine start(Path fontFolder) {
        System.setProperty("java.awt.headless", "true");
        EngineConfig config = new EngineConfig();
        config.setLogConfig(null, Level.WARNING);
        config.setFontConfig(ReportFonts.install(fontFolder));
        config.setResourceLocator(new BundledResources());
        try {
            Platform.startup(config);
        } catch (BirtException e) {
            throw new IllegalStateException("the BIRT platform did not start: " + e.getMessage(), e);
        }
        IReportEngineFactory factory = (IReportEngineFactory) Platform
                .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
        if (factory == null) {
            throw new IllegalStateException("the BIRT report engine is not installed");
        }
        return new BirtEngine(factory.createReportEngine(config));
    }

    IReportRunnable open(String name, InputStream design) throws IOException {
        try {
            return engine.openReportDesign(name, design, new BundledResources());
        } catch (BirtException e) {
            throw new IOException("report design " + name + " cannot be opened: " + e.getMessage(), e);
        }
    }

    IRunAndRenderTask task(IReportRunnable design) {
        return engine.createRunAndRenderTask(design);
    }

    void stop() {
        engine.destroy();
        Platform.shutdown();
    }

    /** Resolves the page frame library from this bundle, whichever bundle the design comes from. */
    private static final class BundledResources implements IResourceLocator {

        @Override
        public URL findResource(ModuleHandle module, String fileName, int type) {
            return findResource(module, fileName, type, null);
        }

        @Override
        public URL findResource(ModuleHandle module, String fileName, int type, java.util.Map appContext) {
            if (PAGE_LIBRARY.equals(fileName)) {
                return BirtEngine.class.getResource("/designs/" + PAGE_LIBRARY);
            }
            return null;
        }
    }
}
