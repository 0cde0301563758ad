package org.stroma.cli.internal;

import java.util.List;
import java.util.Map;

import org.stroma.cli.UsageException;
import org.stroma.dosing.record.DoseReports;
import org.stroma.dosing.svf.EcmGelCalculator;
import org.stroma.dosing.svf.EcmGelRequest;
import org.stroma.dosing.svf.EcmGelTarget;
import org.stroma.dosing.svf.EcmGelVolumes;

/**
 * {@code stroma dose ecm-gel}: the ECM/SVF-gel a lipoaspirate gives, or the lipoaspirate to
 * harvest for a gel volume (hair transplantation assisted by ECM/SVF-gel).
 */
final class EcmGelCalculation implements DoseCalculation<EcmGelVolumes<?>> {

    private static final Map<String, String> FIELDS = Map.of("lipoaspirate", "lipoaspirate", "gelVolume",
            "gel-volume", "concentratedFatPercent", "concentrated-fat", "gelPercent", "gel-yield");

    private final EcmGelCalculator calculator;

    EcmGelCalculation(EcmGelCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public String kind() {
        return DoseReports.ECM_GEL;
    }

    @Override
    public String summary() {
        return "ECM/SVF-gel from a lipoaspirate volume, or the lipoaspirate for a gel volume";
    }

    @Override
    public String synopsis() {
        return "(--lipoaspirate VOLUME | --gel-volume VOLUME)\n"
                + "--concentrated-fat PERCENT --gel-yield PERCENT\n"
                + "(concentrated fat as % of lipoaspirate; gel as % of concentrated fat; the site's figures)";
    }

    @Override
    public List<String> options() {
        return List.of("lipoaspirate", "gel-volume", "concentrated-fat", "gel-yield");
    }

    @Override
    public Map<String, String> optionOfField() {
        return FIELDS;
    }

    @Override
    public EcmGelVolumes<?> compute(DoseOptions options) {
        boolean fromLipoaspirate = options.has("lipoaspirate");
        if (fromLipoaspirate == options.has("gel-volume")) {
            throw new UsageException("give either --lipoaspirate or --gel-volume");
        }
        if (fromLipoaspirate) {
            return calculator.fromLipoaspirate(new EcmGelRequest(options.volume("lipoaspirate"),
                    options.percent("concentrated-fat"), options.percent("gel-yield")));
        }
        return calculator.lipoaspirateFor(new EcmGelTarget(options.volume("gel-volume"),
                options.percent("concentrated-fat"), options.percent("gel-yield")));
    }
}
