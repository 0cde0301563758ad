package org.stroma.ui.explorer;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** The explorer's tree: the studies of the workspace at the top level. */
final class StudyTreeContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> studies ? studies.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return false;
    }
}
