package org.stroma.cli.internal;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.exchange.odm.ImportedStudy;
import org.stroma.exchange.odm.OdmFileException;
import org.stroma.exchange.odm.OdmImport;
import org.stroma.security.Permission;

/** {@code stroma import-odm}: a study with its audit trail from a file written by export-odm. */
@Component(service = CliCommand.class)
public final class ImportOdmCommand implements CliCommand {

    private final StudyDatabases databases;
    private final OdmImport odmImport;

    @Activate
    public ImportOdmCommand(@Reference StudyDatabases databases, @Reference OdmImport odmImport) {
        this.databases = databases;
        this.odmImport = odmImport;
    }

    @Override
    public String name() {
        return "import-odm";
    }

    @Override
    public String summary() {
        return "import a study with its audit trail from a CDISC ODM 1.3.2 file";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --file FILE";
    }

    @Override
    public String details() {
        return """
                Options:
                """ + StudyDatabases.OPTIONS_HELP + """
                  --file FILE        ODM file written by export-odm (or the workbench's ODM export)

                Prints the id of the imported study. The file is checked whole first: well-formed
                XML, valid against CDISC's ODM 1.3.2 schema with the Stroma extension, every value
                of the type, range and code list its item allows. A refused file is named with the
                line and column of the problem, and nothing is stored. The study keeps its audit
                trail with the original users, times and reasons, followed by a row recording this
                import. A study whose id the database already holds is refused.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "file", "user");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        Path file = arguments.requiredPath("file", "FILE");
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("no file " + file);
        }
        ImportedStudy imported;
        try {
            imported = odmImport.read(file);
        } catch (OdmFileException e) {
            throw new CommandFailure("cannot import " + file + ": " + e.getMessage() + "; nothing was imported");
        } catch (UncheckedIOException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            signedIn.session().require(Permission.CREATE_STUDY);
            io.out().println(odmImport.store(imported, file.toAbsolutePath().normalize().toString(),
                    signedIn.database(), signedIn.session().userName()));
        }
        return 0;
    }
}
