package org.stroma.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisRegistry;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.SettingField;
import org.stroma.analysis.api.SettingsSchema;
import org.stroma.analysis.study.InputShape;
import org.stroma.analysis.study.PreparedInput;
import org.stroma.analysis.study.StudyInput;
import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.model.study.Study;
import org.stroma.model.study.VisitDefinition;

/**
 * {@code stroma analyze}: runs an installed analysis on a study's outcome (as the signed-in user
 * may see it) or on a CSV file, and prints the result as text or JSON.
 */
@Component(service = CliCommand.class)
public final class AnalyzeCommand implements CliCommand {

    private static final Set<String> STUDY_OPTIONS = Set.of("db", "user", "study", "outcome");
    private static final Set<String> CSV_OPTIONS = Set.of("csv", "value", "group", "subject", "at");

    private final StudyDatabases databases;
    private final AnalysisRegistry registry;

    @Activate
    public AnalyzeCommand(@Reference StudyDatabases databases, @Reference AnalysisRegistry registry) {
        this.databases = databases;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "run an analysis on a study outcome or a CSV file";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --outcome CODE [--visit CODE] [--baseline CODE] --analysis ID"
                + " [--settings NAME=VALUE,...] [--format table|json]\n"
                + "       stroma analyze --csv FILE --value COL [--group COL] [--subject COL] [--visit COL [--at VALUE]"
                + " [--baseline VALUE]] --analysis ID [--settings NAME=VALUE,...] [--format table|json]";
    }

    @Override
    public String details() {
        return """
                Analyses compare groups (e.g. stroma.t-test.welch) or pair each subject's baseline and
                follow-up values (e.g. stroma.change-from-baseline); stroma analyses lists them.

                On a study database:
                """ + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --outcome CODE     an outcome measure code of the study (e.g. P1), or an instrument
                                     score as INSTRUMENT:SCORE (e.g. mrss:hand)
                  --visit CODE       visit code (e.g. M6); default: the outcome measure's time point
                  --baseline CODE    paired analyses: the baseline visit; default: the last visit on or
                                     before day 0 that schedules the outcome's instrument
                Every enrolled subject is analysed: groups are the allocated arms; pairs pool all
                subjects. A user blinded in the study cannot analyse by arm. Missing values are
                excluded and listed with why (no assessment, withdrawn, lost to follow-up).

                On a CSV file (UTF-8 with a header row; no sign-in):
                  --csv FILE         the file: one row per subject (and visit)
                  --value COL        column of the values; empty, NA, NaN and . are missing
                  --group COL        column of the group names (needed to compare groups)
                  --subject COL      column of the subject ids (needed for pairs; default: line numbers)
                  --visit COL        column of the visit names
                  --at VALUE         the visit analysed (groups) or the follow-up visit (pairs)
                  --baseline VALUE   pairs: the baseline visit; default: the first visit in the file

                  --analysis ID      the analysis, as stroma analyses lists it
                  --settings N=V,... the analysis's settings by name, e.g. confidenceLevel=0.9
                  --format FORMAT    table (default): aligned text; json: one JSON document""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "outcome", "visit", "baseline", "analysis", "settings", "format",
                "csv", "value", "group", "subject", "at");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        boolean json = json(arguments.value("format").orElse("table"));
        Analysis<?> analysis = analysis(arguments.required("analysis", "ID"));
        Record settings = settings(analysis, arguments.value("settings"));
        InputShape shape = shape(analysis);
        PreparedInput prepared = arguments.value("csv").isPresent() ? fromCsv(arguments, shape)
                : fromStudy(arguments, io, shape);
        AnalysisResult result;
        try {
            result = analysis.runWith(prepared.input(), settings, AnalysisProgress.none());
        } catch (AnalysisInputException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (json) {
            io.out().print(ResultJson.of(analysis, result, prepared));
        } else {
            ResultText.print(analysis, result, prepared, io.out());
        }
        return 0;
    }

    private PreparedInput fromCsv(CommandArguments arguments, InputShape shape) {
        refuseAny(arguments, STUDY_OPTIONS, "--csv reads no study database");
        Path file = arguments.requiredPath("csv", "FILE");
        CsvInput.Columns columns = new CsvInput.Columns(arguments.required("value", "COL"), arguments.value("group"),
                arguments.value("subject"), arguments.value("visit"));
        if (shape == InputShape.GROUPS && arguments.value("baseline").isPresent()) {
            throw new UsageException("--baseline is for paired analyses only");
        }
        return CsvInput.read(file, columns, shape, arguments.value("at"), arguments.value("baseline"));
    }

    private PreparedInput fromStudy(CommandArguments arguments, CommandIo io, InputShape shape) {
        refuseAny(arguments, CSV_OPTIONS, "a study is analysed from --db");
        if (arguments.value("db").isEmpty()) {
            throw new UsageException("name a study database with --db DIR or a file with --csv FILE");
        }
        if (shape == InputShape.GROUPS && arguments.value("baseline").isPresent()) {
            throw new UsageException("--baseline is for paired analyses only");
        }
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            String studyId = arguments.required("study", "ID");
            String outcomeText = arguments.required("outcome", "CODE");
            Study study = signedIn.studies().loadStudy(studyId)
                    .orElseThrow(() -> new CommandFailure("no study " + studyId + " (stroma list-studies shows the ids)"));
            if (shape == InputShape.GROUPS && signedIn.studies().isBlindedIn(study)) {
                throw new CommandFailure(signedIn.session().userName() + " is blinded in study " + studyId
                        + ": analyses by arm are not available; paired analyses over all subjects are");
            }
            return prepare(arguments, study, outcomeText, signedIn.session().userName(), shape);
        } catch (AnalysisInputException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The input from a loaded study; the study's refusals come as {@link AnalysisInputException}s. */
    private static PreparedInput prepare(CommandArguments arguments, Study study, String outcomeText, String user,
            InputShape shape) {
        StudyOutcome outcome = StudyOutcomes.outcome(study, outcomeText);
        VisitDefinition visit = arguments.value("visit").map(code -> StudyOutcomes.visit(study, code))
                .orElseGet(() -> Optional.ofNullable(outcome.timePoint()).orElseThrow(() -> new UsageException(
                        "--visit CODE is needed: " + outcomeText + " names no time point")));
        Map<String, String> source = new LinkedHashMap<>();
        source.put("study", study.getId());
        source.put("outcome", outcome.label() + " (" + outcome.instrumentId() + " " + outcome.scoreCode() + ")");
        source.put("signed in", user);
        if (shape == InputShape.GROUPS) {
            source.put("visit", visit.getCode() + " (" + StudyOutcomes.name(visit) + ")");
            return StudyInput.groups(study, outcome, visit, source);
        }
        VisitDefinition baseline = arguments.value("baseline").map(code -> StudyOutcomes.visit(study, code))
                .orElseGet(() -> StudyOutcomes.baseline(study, outcome).orElseThrow(() -> new CommandFailure(
                        "no visit of study " + study.getId() + " before day 0 schedules " + outcome.instrumentId()
                                + "; name the baseline visit with --baseline CODE")));
        if (baseline == visit) {
            throw new UsageException("the baseline and the follow-up visit are both " + visit.getCode());
        }
        source.put("baseline", baseline.getCode() + " (" + StudyOutcomes.name(baseline) + ")");
        source.put("visit", visit.getCode() + " (" + StudyOutcomes.name(visit) + ")");
        return StudyInput.pairs(study, outcome, baseline, visit, source);
    }

    /** The shape of input the analysis takes; a usage error for shapes analyze does not build. */
    private static InputShape shape(Analysis<?> analysis) {
        return InputShape.of(analysis).orElseThrow(() -> new UsageException(analysis.id() + " needs "
                + analysis.inputs().stream().map(InputKind::description).sorted().collect(Collectors.joining(" or "))
                + "; analyze builds groups or baseline-to-visit pairs"));
    }

    private Analysis<?> analysis(String id) {
        return registry.find(id).orElseThrow(() -> new UsageException("no analysis '" + id
                + "' is installed (stroma analyses lists them)"));
    }

    /** The analysis's default settings with the values of {@code --settings name=value,...}. */
    static Record settings(Analysis<?> analysis, Optional<String> text) {
        SettingsSchema<?> schema = SettingsSchema.of(analysis.settingsType());
        Map<String, String> values = new LinkedHashMap<>();
        if (text.isPresent()) {
            List<String> names = schema.fields().stream().map(SettingField::name).toList();
            for (String pair : text.get().split(",")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair.trim() : pair.substring(0, equals).trim();
                if (equals < 0 || !names.contains(name)) {
                    throw new UsageException(names.isEmpty() ? analysis.id() + " has no settings"
                            : "--settings takes NAME=VALUE pairs of " + String.join(", ", names) + "; not '" + pair + "'");
                }
                values.put(name, pair.substring(equals + 1).trim());
            }
        }
        try {
            return schema.create(values);
        } catch (AnalysisInputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static boolean json(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> false;
            case "json" -> true;
            default -> throw new UsageException("--format must be table or json, not '" + format + "'");
        };
    }

    private static void refuseAny(CommandArguments arguments, Set<String> options, String why) {
        String given = options.stream().filter(o -> arguments.value(o).isPresent()).sorted().map(o -> "--" + o)
                .collect(Collectors.joining(", "));
        if (!given.isEmpty()) {
            throw new UsageException(why + "; drop " + given);
        }
    }
}
