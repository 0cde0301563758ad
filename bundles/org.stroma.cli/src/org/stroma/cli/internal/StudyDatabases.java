package org.stroma.cli.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CommandFailure;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/** Opens the study database a command names, refusing a folder that holds none. */
@Component(service = StudyDatabases.class)
public final class StudyDatabases {

    private final StudyStore store;

    @Activate
    public StudyDatabases(@Reference StudyStore store) {
        this.store = store;
    }

    /** Opens an existing database; commands that read never create one by accident. */
    public StudyDatabase openExisting(Path folder) {
        if (!store.exists(folder)) {
            throw new CommandFailure(folder + " holds no study database (create one with stroma demo --db DIR)");
        }
        return store.open(folder);
    }
}
