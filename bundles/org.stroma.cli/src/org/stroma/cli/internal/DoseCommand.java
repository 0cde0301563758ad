package org.stroma.cli.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.DosingResult;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.expansion.ExpansionPlanner;
import org.stroma.dosing.injection.InjectionPlanner;
import org.stroma.dosing.record.DoseReports;
import org.stroma.dosing.svf.EcmGelCalculator;
import org.stroma.dosing.svf.SvfMixCalculator;

/**
 * {@code stroma dose <calculation>}: the dosing calculations at the command line, without a
 * database or sign-in unless the calculation is to be saved with a subject's procedure
 * ({@link ProcedureSaving}). Text shows the figures as case report forms write them (the dosing
 * bundle's {@link DoseReports}, the words a saved calculation keeps), JSON the exact numbers with
 * their units; both name the formula and its version. A value the dosing bundle refuses is a
 * usage error naming the option.
 */
@Component(service = CliCommand.class)
public final class DoseCommand implements CliCommand {

    private static final String FORMAT = "format";

    private final List<DoseCalculation<?>> calculations;
    private final ProcedureSaving saving;

    @Activate
    public DoseCommand(@Reference CellDoseCalculator cellDoses, @Reference SvfMixCalculator svfMixes,
            @Reference ExpansionPlanner expansions, @Reference EcmGelCalculator ecmGels,
            @Reference InjectionPlanner injections, @Reference StudyDatabases databases) {
        calculations = List.of(new AdscDoseCalculation(cellDoses), new ProductCheckCalculation(cellDoses),
                new SvfMixCalculation(svfMixes), new ExpansionCalculation(expansions), new EcmGelCalculation(ecmGels),
                new InjectionPlanCalculation(injections));
        saving = new ProcedureSaving(databases);
    }

    @Override
    public String name() {
        return "dose";
    }

    @Override
    public String summary() {
        return "dosing calculator: ADSC dose, product check, SVF mix, expansion, ECM/SVF-gel, injection plan;"
                + " saved with a procedure on request";
    }

    @Override
    public String synopsis() {
        return calculations.stream().map(DoseCalculation::kind).collect(Collectors.joining("|"))
                + " [options] [--format text|json]\n"
                + "    [--db DIR --user NAME --study ID --subject ID --procedure ID [--reason TEXT]]";
    }

    @Override
    public String details() {
        StringBuilder text = new StringBuilder("Calculations:\n");
        for (DoseCalculation<?> calculation : calculations) {
            text.append(String.format("  %-14s %s%n", calculation.kind(), calculation.summary()));
            calculation.synopsis().lines().forEach(line -> text.append("                   ").append(line).append('\n'));
        }
        return text.append("""

                Amounts are written as on a case report form: 5 x 10^5 cells/mL, 5e5/mL, 5×10⁵ cells/mL,
                20 mL, 0.02 L, 45 g, 0.9 g/mL, 2.5e4 cells/cm2, 36 h, 1.5 d; percentages as 80 or 80 %.
                Commas are refused (500,000 or 500.000?); write 500000 or 5 x 10^5.

                --format text|json  text (default): inputs and results as clinicians write them, and the
                                    formula id/version; json: one object with calculation, formula
                                    {id, version}, inputs and results, each amount as
                                    {"value": number, "unit": text} in the unit the text shows.

                Without --db nothing is stored and no sign-in is needed. Exit status 2 when an option is
                missing or its value is refused (the message names the option), 1 when the save is refused.

                """).append(ProcedureSaving.HELP).toString();
    }

    @Override
    public Set<String> valueOptions() {
        Set<String> options = new HashSet<>(Set.of(FORMAT));
        options.addAll(ProcedureSaving.OPTIONS);
        calculations.forEach(calculation -> options.addAll(calculation.options()));
        return Set.copyOf(options);
    }

    @Override
    public Set<String> repeatableOptions() {
        Set<String> options = new HashSet<>();
        calculations.forEach(calculation -> options.addAll(calculation.repeatable()));
        return Set.copyOf(options);
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        List<String> words = arguments.positional();
        if (words.isEmpty()) {
            throw new UsageException("name the calculation: " + kinds());
        }
        if (words.size() > 1) {
            throw new UsageException("unexpected argument '" + words.get(1) + "'");
        }
        DoseCalculation<?> calculation = find(words.get(0)).orElseThrow(() -> new UsageException(
                "unknown calculation '" + words.get(0) + "'; choose " + kinds()));
        refuseOptionsOfOthers(calculation, arguments);
        String format = arguments.value(FORMAT).orElse("text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        boolean save = ProcedureSaving.requested(arguments);
        DosingResult result = compute(calculation, new DoseOptions(arguments));
        ProcedureSaving.Saved saved = save ? saving.save(result, arguments, io) : null;
        if (format.equals("json")) {
            io.out().print(DoseJson.write(calculation.kind(), result, saved));
        } else {
            io.out().print(DoseReports.of(result).text());
            if (saved != null) {
                io.out().println();
                io.out().println(saved.sentence());
            }
        }
        return 0;
    }

    private static <R extends DosingResult> R compute(DoseCalculation<R> calculation, DoseOptions options) {
        try {
            return calculation.compute(options);
        } catch (DosingInputException e) {
            throw new UsageException(refusal(calculation, e));
        }
    }

    /** The refusal with the option to blame in front, e.g. {@code --viability must be ...}. */
    static String refusal(DoseCalculation<?> calculation, DosingInputException refused) {
        String option = calculation.optionOfField().getOrDefault(refused.field(), refused.field());
        if (!calculation.options().contains(option)) {
            return refused.getMessage();
        }
        return "--" + option + " " + refused.reason();
    }

    /** An option of another calculation is most likely a slip; refused rather than ignored. */
    private void refuseOptionsOfOthers(DoseCalculation<?> calculation, CommandArguments arguments) {
        for (String option : valueOptions()) {
            if (!option.equals(FORMAT) && !ProcedureSaving.OPTIONS.contains(option)
                    && !calculation.options().contains(option)
                    && arguments.value(option).isPresent()) {
                throw new UsageException("--" + option + " does not apply to dose " + calculation.kind());
            }
        }
    }

    private Optional<DoseCalculation<?>> find(String kind) {
        return calculations.stream().filter(c -> c.kind().equals(kind)).findFirst();
    }

    private String kinds() {
        return calculations.stream().map(DoseCalculation::kind).collect(Collectors.joining(", "));
    }
}
