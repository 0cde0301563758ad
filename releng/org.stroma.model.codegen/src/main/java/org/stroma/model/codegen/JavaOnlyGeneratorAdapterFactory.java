package org.stroma.model.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;

/**
 * EMF's model generator without the bundle descriptor files. The stock generator would create
 * plugin.properties and rewrite MANIFEST.MF, plugin.xml and build.properties; org.stroma.model
 * keeps those by hand (literal Bundle-Name, exact Require-Bundle), so only Java is generated.
 */
final class JavaOnlyGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {

    @Override
    public Adapter createGenModelAdapter() {
        if (genModelGeneratorAdapter == null) {
            genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                @Override
                protected void generateModelManifest(GenModel genModel, Monitor monitor) {
                    monitor.worked(2); // MANIFEST.MF and plugin.xml
                }

                @Override
                protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
                    monitor.worked(1);
                }

                @Override
                protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
                    monitor.worked(1);
                }
            };
        }
        return genModelGeneratorAdapter;
    }
}
