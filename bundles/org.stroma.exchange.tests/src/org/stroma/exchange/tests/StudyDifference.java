package org.stroma.exchange.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The first place two model trees differ, for a failure message that says where. */
final class StudyDifference {

    private StudyDifference() {
    }

    static String first(EObject expected, EObject actual) {
        String difference = compare(expected, actual, EcoreUtil.getID(expected));
        return difference == null ? "no difference found" : difference;
    }

    private static String compare(EObject expected, EObject actual, String path) {
        if (expected.eClass() != actual.eClass()) {
            return path + ": " + expected.eClass().getName() + " became " + actual.eClass().getName();
        }
        for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
            if (expected.eIsSet(feature) != actual.eIsSet(feature)) {
                return path + "." + feature.getName() + ": set " + expected.eIsSet(feature) + " became "
                        + actual.eIsSet(feature);
            }
            List<Object> a = values(expected, feature);
            List<Object> b = values(actual, feature);
            if (a.size() != b.size()) {
                return path + "." + feature.getName() + ": " + a.size() + " values became " + b.size();
            }
            for (int i = 0; i < a.size(); i++) {
                String where = path + "." + feature.getName() + "[" + i + "]";
                if (feature instanceof EReference reference) {
                    EObject x = (EObject) a.get(i);
                    EObject y = (EObject) b.get(i);
                    String found = reference.isContainment() ? compare(x, y, where)
                            : EcoreUtil.getID(x).equals(EcoreUtil.getID(y)) ? null
                                    : where + ": " + EcoreUtil.getID(x) + " became " + EcoreUtil.getID(y);
                    if (found != null) {
                        return found;
                    }
                } else if (!a.get(i).equals(b.get(i))) {
                    return where + ": " + a.get(i) + " became " + b.get(i);
                }
            }
        }
        return null;
    }

    private static List<Object> values(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            return new ArrayList<>((List<?>) value);
        }
        List<Object> single = new ArrayList<>();
        if (value != null) {
            single.add(value);
        }
        return single;
    }
}
