package org.stroma.model.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the study model's Java code ({@code bundles/org.stroma.model/src-gen/}) from
 * {@code model/study.genmodel}, as "Generate Model Code" does in the Eclipse IDE, so that no IDE is
 * needed to change the model.
 *
 * <p>Outside Eclipse nothing is registered by plugin.xml, so this registers by hand what the
 * generator needs. It writes Java code only; the bundle's MANIFEST.MF, plugin.xml and
 * build.properties are kept by hand. {@code src-gen/} is emptied first: it holds generated code
 * only, and a clean generation leaves no stale files behind and gives the same bytes on every run.
 * The genmodel is reconciled with the .ecore (new classes and features get their generator
 * settings) and written back only when that changes it, like "Reload" in the IDE. Nothing is
 * written when the model has errors.
 *
 * <p>Usage: {@code GenerateModel <repository root>}. Exits with status 1 and a message on stderr
 * when the model has errors or generation fails.
 */
public final class GenerateModel {

    static final String BUNDLE = "org.stroma.model";
    static final String GENMODEL = "model/study.genmodel";

    private GenerateModel() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            exit("usage: GenerateModel <repository root>");
        }
        Path bundleDir = Path.of(args[0]).toAbsolutePath().normalize().resolve("bundles").resolve(BUNDLE);
        try {
            System.out.println(generate(bundleDir));
        } catch (GenerationException | IOException | UncheckedIOException e) {
            exit(e.getMessage());
        }
    }

    /** Generates the model code of the bundle in {@code bundleDir}; returns a one-line summary. */
    static String generate(Path bundleDir) throws IOException, GenerationException {
        if (!Files.isRegularFile(bundleDir.resolve(GENMODEL))) {
            throw new GenerationException("no " + GENMODEL + " in " + bundleDir);
        }
        ResourceSet resourceSet = standaloneResourceSet(bundleDir);
        URI genModelUri = URI.createPlatformResourceURI(BUNDLE + "/" + GENMODEL, true);

        Resource resource;
        try {
            resource = resourceSet.getResource(genModelUri, true);
        } catch (RuntimeException e) {
            throw new GenerationException("cannot load " + GENMODEL + ": " + rootMessage(e));
        }
        // Load the .ecore files too, so a broken one is reported as such, not as dangling references.
        EcoreUtil.resolveAll(resourceSet);
        for (Resource loaded : resourceSet.getResources()) {
            if (!loaded.getErrors().isEmpty()) {
                Resource.Diagnostic error = loaded.getErrors().get(0);
                throw new GenerationException("cannot load " + loaded.getURI() + " (line " + error.getLine() + "): "
                        + error.getMessage());
            }
        }
        GenModel genModel = (GenModel) resource.getContents().get(0);

        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                throw new GenerationException("the genmodel refers to a package that cannot be loaded: "
                        + (ePackage == null ? "(none)" : ((InternalEObject) ePackage).eProxyURI()));
            }
            check("the Ecore model " + ePackage.getName(), Diagnostician.INSTANCE.validate(ePackage));
        }
        check("the genmodel", genModel.diagnose());
        if (!genModel.reconcile()) {
            throw new GenerationException("the genmodel cannot be reconciled with its .ecore");
        }
        check("the reconciled genmodel", genModel.diagnose());
        boolean genModelUpdated = saveIfChanged(resource, bundleDir.resolve(GENMODEL));

        Path outputDir = modelDirectory(genModel, bundleDir);
        deleteContents(outputDir);

        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        // The generator takes the line delimiter of a new file from this property; fixing it
        // makes the output the same on every operating system.
        String lineSeparator = System.getProperty("line.separator");
        System.setProperty("line.separator", "\n");
        Diagnostic result;
        try {
            result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        } finally {
            System.setProperty("line.separator", lineSeparator);
        }
        check("code generation", result);

        long javaFiles;
        try (Stream<Path> files = Files.walk(outputDir)) {
            javaFiles = files.filter(p -> p.toString().endsWith(".java")).count();
        }
        return "GenerateModel: " + javaFiles + " Java files in " + outputDir
                + (genModelUpdated ? "; " + GENMODEL + " updated from the .ecore" : "");
    }

    /** Registers what plugin.xml files register inside Eclipse; maps the bundle name to its folder. */
    private static ResourceSet standaloneResourceSet(Path bundleDir) {
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // Stands in for GenModelGeneratorAdapterFactory.DESCRIPTOR; without a generator adapter
        // factory for GenModel nothing at all is generated.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, JavaOnlyGeneratorAdapterFactory::new);
        // platform:/resource/org.stroma.model/... resolves to the bundle folder, which is what
        // modelDirectory="/org.stroma.model/src-gen" and the genmodel's own URI need.
        EcorePlugin.getPlatformResourceMap().put(BUNDLE, URI.createFileURI(bundleDir.toString() + "/"));

        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        return resourceSet;
    }

    /** Writes the resource only if its serialization differs from the file, so a no-op run changes nothing. */
    private static boolean saveIfChanged(Resource resource, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));
        byte[] serialized = bytes.toByteArray();
        if (Arrays.equals(serialized, Files.readAllBytes(file))) {
            return false;
        }
        Files.write(file, serialized);
        return true;
    }

    /** The folder modelDirectory names; refuses anything but a src-gen folder inside the bundle, since it is emptied. */
    private static Path modelDirectory(GenModel genModel, Path bundleDir) throws GenerationException {
        String modelDirectory = genModel.getModelDirectory();
        String prefix = "/" + BUNDLE + "/";
        if (modelDirectory == null || !modelDirectory.startsWith(prefix) || !modelDirectory.endsWith("src-gen")) {
            throw new GenerationException("modelDirectory must be " + prefix + "...src-gen, not " + modelDirectory);
        }
        Path dir = bundleDir.resolve(modelDirectory.substring(prefix.length())).normalize();
        if (!dir.startsWith(bundleDir)) {
            throw new GenerationException("modelDirectory leaves the bundle: " + modelDirectory);
        }
        return dir;
    }

    private static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Prints warnings; turns an error into an exception that lists what was found. */
    private static void check(String what, Diagnostic diagnostic) throws GenerationException {
        if (diagnostic.getSeverity() == Diagnostic.OK) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, "  ", lines);
        }
        if (lines.isEmpty()) {
            collect(diagnostic, "  ", lines);
        }
        String report = lines.stream().limit(MAX_LINES).map(line -> System.lineSeparator() + line)
                .collect(Collectors.joining())
                + (lines.size() > MAX_LINES ? System.lineSeparator() + "  ... " + (lines.size() - MAX_LINES) + " more" : "");
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new GenerationException(what + " has errors:" + report);
        }
        System.err.println("GenerateModel: warnings in " + what + ":" + report);
    }

    private static final int MAX_LINES = 20;

    private static void collect(Diagnostic diagnostic, String indent, List<String> lines) {
        if (diagnostic.getSeverity() < Diagnostic.WARNING) {
            return;
        }
        String line = indent + (diagnostic.getSeverity() >= Diagnostic.ERROR ? "ERROR " : "WARNING ")
                + diagnostic.getMessage();
        if (diagnostic.getException() != null) {
            line += " (" + rootMessage(diagnostic.getException()) + ")";
        }
        lines.add(line);
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, indent + "  ", lines);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static void exit(String message) {
        System.err.println("GenerateModel: " + message);
        System.exit(1);
    }

    /** A problem in the model or its generation that the user must fix. */
    static final class GenerationException extends Exception {
        private static final long serialVersionUID = 1L;

        GenerationException(String message) {
            super(message);
        }
    }
}
