package org.stroma.study.records;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.*;

/**
 * Gives every object of a study that has no id yet a readable id derived from where it sits,
 * e.g. {@code LOS-FACE-S004}, {@code LOS-FACE-S004-M6-FAT-VOLUME-RETENTION},
 * {@code LOS-FACE-S004-EV3}. Derived, never random, so the same study always gets the same
 * ids, and a reader of an audit trail or an export can tell what an id points to. Ids given
 * before are kept and never reused.
 */
public final class RecordIds {

    private RecordIds() {
    }

    /**
     * Assigns numbered ids to the objects of a study built in one go, such as generated data (the
     * study itself must have its id); returns the study.
     */
    public static Study assign(Study study) {
        return assign(study, false);
    }

    /**
     * Assigns ids to objects a user added to a stored study. Numbered records get a random
     * suffix instead of the next number, so a record never takes the id of one deleted before,
     * whose history is in the audit trail.
     */
    public static Study assignAdded(Study study) {
        return assign(study, true);
    }

    private static Study assign(Study study, boolean added) {
        Set<String> taken = new HashSet<>();
        taken.add(study.getId());
        study.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified object && object.getId() != null) {
                taken.add(object.getId());
            }
        });
        Map<String, Integer> counters = new HashMap<>();
        // eAllContents visits a parent before its children, so the parent's id is always set first.
        for (TreeIterator<EObject> i = study.eAllContents(); i.hasNext();) {
            if (i.next() instanceof Identified object && object.getId() == null) {
                String parent = ((Identified) object.eContainer()).getId();
                String id = named(parent, object);
                if (id == null) {
                    String segment = segment(object);
                    do {
                        id = parent + "-" + segment + (added
                                ? "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                                : counters.merge(parent + "/" + segment, 1, Integer::sum));
                    } while (taken.contains(clean(id)));
                }
                object.setId(unique(clean(id), taken));
            }
        }
        return study;
    }

    /** An id from the object's own code, where it has one that users know it by; else null. */
    private static String named(String parent, Identified object) {
        return switch (object) {
            case Subject s -> parent + "-" + s.getScreeningId();
            case Site s -> parent + "-SITE-" + s.getCode();
            case Arm a -> parent + "-ARM-" + a.getCode();
            case VisitDefinition v -> parent + "-VISIT-" + v.getCode();
            case EligibilityCriterion c -> parent + "-CRIT-" + c.getCode();
            case OutcomeMeasure o -> parent + "-OUTCOME-" + o.getCode();
            case CellProduct c -> parent + "-LOT-" + c.getLot();
            case Assessment a -> parent + "-" + a.getVisit().getCode() + "-" + a.getInstrumentId().toUpperCase();
            case ItemValue v -> parent + "-ITEM-" + v.getCode();
            case ScoreValue v -> parent + "-SCORE-" + v.getCode();
            default -> null;
        };
    }

    private static String segment(Identified object) {
        return switch (object) {
            case Registration r -> "REG";
            case Intervention i -> "INT";
            case InjectionSite s -> "INJ";
            case FlagValue f -> "FLAG";
            case NumericValue n -> "NUM";
            case Consent c -> "CONSENT";
            case SubjectEvent e -> "EV";
            case EligibilityOverride o -> "OVERRIDE";
            case Procedure p -> "PROC";
            case AdverseEvent ae -> "AE";
            case ProtocolDeviation d -> "PD";
            case ImageReference img -> "IMG";
            default -> object.eClass().getName().toUpperCase();
        };
    }

    /** Item codes such as {@code head.subcutaneousAtrophy} hold characters an Identifier may not. */
    private static String clean(String id) {
        return id.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
