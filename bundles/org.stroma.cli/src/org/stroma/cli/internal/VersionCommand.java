package org.stroma.cli.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.core.ComponentVersion;
import org.stroma.core.ProductVersions;

/** {@code stroma version}: the product's version and those of its main components. */
@Component(service = CliCommand.class)
public final class VersionCommand implements CliCommand {

    private final ProductVersions versions;

    @Activate
    public VersionCommand(@Reference ProductVersions versions) {
        this.versions = versions;
    }

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the versions of the product and its main components";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String details() {
        return "Prints one line per component: name and the version installed. Java and the\n"
                + "operating system are listed last, as quality records and support requests ask.";
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        io.out().println(ProductVersions.PRODUCT_NAME + " " + versions.productVersion());
        for (ComponentVersion component : versions.components()) {
            io.out().printf("  %-36s %s%n", component.name(), component.version());
        }
        io.out().printf("  %-36s %s (%s)%n", "Java", Runtime.version(), System.getProperty("java.vendor"));
        io.out().printf("  %-36s %s %s (%s)%n", "Operating system", System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"));
        return 0;
    }
}
