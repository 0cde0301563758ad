package org.stroma.ui.study;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.stroma.model.study.Site;
import org.stroma.ui.MessageLine;

/** The "Sites" tab: the study's sites; a site's name can be changed in place. */
final class SitesTab {

    static final String HINT = "Click a site's name to change it.";

    SitesTab(CTabFolder folder, DesignEdits edits) {
        Composite page = DesignTables.page(folder, "Sites", 1);
        TableViewer viewer = DesignTables.viewer(page, true, edits, DesignTables::itself);
        MessageLine message = DesignTables.messageLine(page, HINT);
        DesignTables.column(viewer, "Code", 90, Site.class, Site::getCode);
        DesignTables.column(viewer, "Name", 420, Site.class, Site::getName)
                .setEditingSupport(new TextCellEditing<>(viewer, Site.class, Site::getName, (site, typed) -> {
                    Checked<String> name = DesignRules.siteName(typed);
                    if (name.isAccepted()) {
                        site.setName(name.value());
                        message.clear();
                        edits.taken(site);
                    } else {
                        message.refuse(site.getCode() + ": " + name.problem());
                    }
                }));
        DesignTables.column(viewer, "Country", 80, Site.class, Site::getCountry);
        viewer.setInput(edits.study().getSites());
    }
}
