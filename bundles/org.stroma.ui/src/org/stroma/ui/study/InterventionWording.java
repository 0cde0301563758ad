package org.stroma.ui.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.ConventionalFatGrafting;
import org.stroma.model.study.EcmSvfGelHairTransplantation;
import org.stroma.model.study.FatMicrograftsWithSvf;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Intervention;
import org.stroma.model.study.StandardCare;
import org.stroma.model.study.SvfAssistedFatGrafting;
import org.stroma.model.study.SvfFingerInjection;
import org.stroma.model.study.TraditionalHairTransplantation;

/**
 * Interventions in the words of the protocols: what is given, and its dose in the
 * intervention's own terms (SVF:fat ratio, cells per mL of fat, volumes per site).
 */
public final class InterventionWording {

    private InterventionWording() {
    }

    /** What is given, e.g. "ADSC-assisted fat grafting". */
    public static String kind(Intervention intervention) {
        return switch (intervention) {
            case ConventionalFatGrafting i -> "Conventional fat grafting";
            case SvfAssistedFatGrafting i -> "SVF-assisted fat grafting";
            case AdscAssistedFatGrafting i -> "ADSC-assisted fat grafting";
            case EcmSvfGelHairTransplantation i -> "ECM/SVF-gel assisted hair transplantation";
            case TraditionalHairTransplantation i -> "Traditional hair transplantation";
            case SvfFingerInjection i -> "SVF injection into the fingers";
            case FatMicrograftsWithSvf i -> "Fat micrografts with SVF";
            case StandardCare i -> "Standard care";
            default -> Words.capitalized(Words.of(intervention.eClass().getName()));
        };
    }

    /** The dose and its parameters, e.g. "SVF:fat 1:1 by volume"; empty when the kind has none. */
    static String dose(Intervention intervention) {
        List<String> parts = new ArrayList<>();
        switch (intervention) {
            case SvfAssistedFatGrafting svf -> parts.add("SVF:fat " + Words.number(svf.getSvfRatioPart()) + ":"
                    + Words.number(svf.getFatRatioPart()) + " by volume");
            case AdscAssistedFatGrafting adsc -> parts.add(adsc.getCellsPerMlFat() > 0
                    ? Words.cells(adsc.getCellsPerMlFat()) + " cells per mL of fat"
                    : "cell dose not given");
            case EcmSvfGelHairTransplantation gel -> parts.add(gel.isSetGelVolumeMl()
                    ? "ECM/SVF-gel " + Words.number(gel.getGelVolumeMl()) + " mL"
                    : "gel volume not given");
            case SvfFingerInjection fingers -> {
                if (fingers.isSetVolumePerSiteMl()) {
                    parts.add(Words.number(fingers.getVolumePerSiteMl()) + " mL per injection");
                }
                if (fingers.isSetNeedleGauge()) {
                    parts.add(fingers.getNeedleGauge() + "G needle");
                }
            }
            case FatMicrograftsWithSvf micrografts -> parts.add(Words.number(micrografts.getFatVolumeMl())
                    + " mL fat with " + Words.number(micrografts.getSvfVolumeMl()) + " mL SVF");
            default -> {
                // Conventional grafting, traditional transplantation and standard care carry no dose.
            }
        }
        return String.join("; ", parts);
    }

    /** The protocol's fixed injections, e.g. "8 sites, 32 injections, 8 mL"; empty when it fixes none. */
    static String plannedInjections(Intervention intervention) {
        List<InjectionSite> sites = intervention.getPlannedInjectionSites();
        if (sites.isEmpty()) {
            return "";
        }
        int injections = sites.stream().mapToInt(InjectionSite::getInjectionCount).sum();
        BigDecimal total = sites.stream().map(InterventionWording::totalMl).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sites.size() + (sites.size() == 1 ? " site, " : " sites, ") + injections
                + (injections == 1 ? " injection, " : " injections, ") + total.stripTrailingZeros().toPlainString()
                + " mL";
    }

    /** Volume given at one site: the volume per injection times the number of injections, in mL. */
    static BigDecimal totalMl(InjectionSite site) {
        return BigDecimal.valueOf(site.getVolumeMl()).multiply(BigDecimal.valueOf(site.getInjectionCount()));
    }
}
