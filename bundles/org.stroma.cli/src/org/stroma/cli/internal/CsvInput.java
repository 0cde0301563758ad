package org.stroma.cli.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.PairedObservation;
import org.stroma.analysis.api.PairedValues;
import org.stroma.analysis.study.InputShape;
import org.stroma.analysis.study.PreparedInput;
import org.stroma.analysis.study.StudyInput;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.UsageException;

/**
 * Builds an analysis input from a CSV file (UTF-8, RFC 4180, a header row; a byte order mark is
 * allowed): one row per subject and visit. Empty cells, {@code NA}, {@code NaN} and {@code .}
 * are missing values; any other value that is not a decimal number is refused naming its line.
 */
final class CsvInput {

    /** The columns named on the command line; all but the value column optional. */
    record Columns(String value, Optional<String> group, Optional<String> subject, Optional<String> visit) {
    }

    /** One data row: its line in the file and its cells, value still as text. */
    private record Row(long line, String subject, String group, String visit, String value) {
    }

    private static final Set<String> MISSING = Set.of("", "NA", "NaN", ".");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final Path file;
    private final Columns columns;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> whyMissing = new LinkedHashMap<>();

    private CsvInput(Path file, Columns columns) {
        this.file = file;
        this.columns = columns;
    }

    /**
     * @param at the visit analysed (groups) or the follow-up visit (pairs), from {@code --at}
     * @param baseline the baseline visit of pairs, from {@code --baseline}
     */
    static PreparedInput read(Path file, Columns columns, InputShape shape, Optional<String> at,
            Optional<String> baseline) {
        CsvInput csv = new CsvInput(file, columns);
        csv.parse(text(file));
        return shape == InputShape.GROUPS ? csv.groups(at) : csv.pairs(at, baseline);
    }

    private static String text(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new CommandFailure("no file " + file);
        } catch (CharacterCodingException e) {
            throw new CommandFailure(file + " is not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        }
    }

    private void parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();
        LineNumbers lines = new LineNumbers(text);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            for (String column : named()) {
                if (!header.contains(column)) {
                    throw new CommandFailure(file + " has no column '" + column + "'; its columns are "
                            + String.join(", ", header));
                }
            }
            for (CSVRecord record : parser) {
                long line = lines.of(record.getCharacterPosition());
                if (record.size() != header.size()) {
                    throw new CommandFailure(file + " line " + line + " has " + record.size() + " fields; the header has "
                            + header.size());
                }
                String subject = columns.subject().map(c -> require(record.get(c), c, "subject id", line))
                        .orElse("line " + line);
                String group = columns.group().map(c -> require(record.get(c), c, "group", line)).orElse("");
                String visit = columns.visit().map(c -> require(record.get(c), c, "visit", line)).orElse("");
                rows.add(new Row(line, subject, group, visit, record.get(columns.value())));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure("cannot read " + file + ": " + (e.getCause() != null && e instanceof UncheckedIOException
                    ? e.getCause().getMessage() : e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new CommandFailure(file + " has no data rows");
        }
    }

    private List<String> named() {
        List<String> named = new ArrayList<>(List.of(columns.value()));
        columns.group().ifPresent(named::add);
        columns.subject().ifPresent(named::add);
        columns.visit().ifPresent(named::add);
        return named;
    }

    private String require(String cell, String column, String what, long line) {
        if (cell.isEmpty()) {
            throw new CommandFailure(file + " line " + line + " has no " + what + " in column " + column);
        }
        return cell;
    }

    private PreparedInput groups(Optional<String> at) {
        columns.group().orElseThrow(() -> new UsageException("--group COL is needed: the analysis compares groups"));
        String visit = chooseVisit(at, "choose the visit with --at VALUE");
        Map<String, List<Observation>> byGroup = new LinkedHashMap<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.visit().equals(visit)) continue;
            unique(seen, row, visit);
            byGroup.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(new Observation(row.subject(), value(row)));
        }
        List<Group> groups = byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        return new PreparedInput(new IndependentGroups(columns.value(), visit, groups), whyMissing, List.of(),
                source(visit.isEmpty() ? Map.of() : Map.of("visit", visit)));
    }

    private PreparedInput pairs(Optional<String> at, Optional<String> baseline) {
        columns.subject().orElseThrow(() -> new UsageException("--subject COL is needed to pair each subject's rows"));
        columns.visit().orElseThrow(() -> new UsageException("--visit COL is needed to tell baseline from follow-up rows"));
        List<String> visits = rows.stream().map(Row::visit).distinct().toList();
        String first = baseline.orElse(visits.get(0));
        requireVisit(first, visits);
        String second = at.orElseGet(() -> {
            List<String> others = visits.stream().filter(v -> !v.equals(first)).toList();
            if (others.size() != 1) {
                throw new UsageException("column " + columns.visit().get() + " has the visits " + String.join(", ", visits)
                        + ": name the baseline with --baseline VALUE and the follow-up with --at VALUE");
            }
            return others.get(0);
        });
        requireVisit(second, visits);
        if (first.equals(second)) {
            throw new UsageException("the baseline and the follow-up visit are both " + first);
        }
        List<String> groups = rows.stream().filter(r -> r.visit().equals(first) || r.visit().equals(second))
                .map(Row::group).distinct().toList();
        if (columns.group().isPresent() && groups.size() > 1) {
            throw new CommandFailure("a paired analysis takes one group, but column " + columns.group().get() + " has "
                    + String.join(", ", groups) + "; keep one group's rows in the file");
        }
        Map<String, double[]> bySubject = new LinkedHashMap<>();
        Map<String, Long> seenFirst = new LinkedHashMap<>(), seenSecond = new LinkedHashMap<>();
        for (Row row : rows) {
            boolean isFirst = row.visit().equals(first);
            if (!isFirst && !row.visit().equals(second)) continue;
            unique(isFirst ? seenFirst : seenSecond, row, row.visit());
            bySubject.computeIfAbsent(row.subject(), s -> new double[] {Double.NaN, Double.NaN})[isFirst ? 0 : 1] = value(row);
        }
        List<PairedObservation> pairs = new ArrayList<>();
        bySubject.forEach((subject, values) -> {
            pairs.add(new PairedObservation(subject, values[0], values[1]));
            if (!seenFirst.containsKey(subject)) whyMissing.merge(subject, "no row at " + first, (a, b) -> a + "; " + b);
            if (!seenSecond.containsKey(subject)) whyMissing.merge(subject, "no row at " + second, (a, b) -> a + "; " + b);
        });
        String group = columns.group().isPresent() ? groups.get(0) : StudyInput.ALL_SUBJECTS;
        return new PreparedInput(new PairedValues(columns.value(), group, first, second, pairs), whyMissing, List.of(),
                source(Map.of("baseline", first, "visit", second)));
    }

    /** The one visit the rows have, or the one chosen; empty without a visit column. */
    private String chooseVisit(Optional<String> at, String hint) {
        if (columns.visit().isEmpty()) {
            if (at.isPresent()) throw new UsageException("--at needs --visit COL, the column that names the visit");
            return "";
        }
        List<String> visits = rows.stream().map(Row::visit).distinct().toList();
        if (at.isPresent()) {
            requireVisit(at.get(), visits);
            return at.get();
        }
        if (visits.size() > 1) {
            throw new UsageException("column " + columns.visit().get() + " has the visits " + String.join(", ", visits)
                    + ": " + hint);
        }
        return visits.get(0);
    }

    private void requireVisit(String visit, List<String> visits) {
        if (!visits.contains(visit)) {
            throw new CommandFailure("no row of " + file + " has '" + visit + "' in column " + columns.visit().get()
                    + "; its visits are " + String.join(", ", visits));
        }
    }

    private void unique(Map<String, Long> seen, Row row, String visit) {
        Long earlier = seen.putIfAbsent(row.subject(), row.line());
        if (earlier != null) {
            throw new CommandFailure(file + " line " + row.line() + ": subject " + row.subject() + " appears again"
                    + (visit.isEmpty() ? "" : " at " + visit) + " (first on line " + earlier + ")");
        }
    }

    /** The row's value, or NaN with the reason recorded when it is missing. */
    private double value(Row row) {
        String text = row.value();
        if (MISSING.contains(text)) {
            whyMissing.merge(row.subject(), "line " + row.line() + ": no value", (a, b) -> a + "; " + b);
            return Double.NaN;
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new CommandFailure(file + " line " + row.line() + ": '" + text + "' in column " + columns.value()
                    + " is not a number" + (text.matches("[-+]?\\d*,\\d+") ? " (use a dot as the decimal mark)" : ""));
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new CommandFailure(file + " line " + row.line() + ": '" + text + "' in column " + columns.value()
                    + " is too large");
        }
        return value;
    }

    private Map<String, String> source(Map<String, String> visits) {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("file", file.toString());
        source.put("value column", columns.value());
        columns.group().ifPresent(g -> source.put("group column", g));
        columns.subject().ifPresent(s -> source.put("subject column", s));
        columns.visit().ifPresent(v -> source.put("visit column", v));
        visits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> source.put(e.getKey(), e.getValue()));
        return source;
    }

    /** Line numbers of record positions, which may follow skipped blank lines and span quoted line breaks. */
    private static final class LineNumbers {
        private final String text;
        private final List<Integer> breaks = new ArrayList<>();

        LineNumbers(String text) {
            this.text = text;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') breaks.add(i);
            }
        }

        long of(long position) {
            int start = (int) position;
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) start++;
            int index = java.util.Collections.binarySearch(breaks, start);
            return (index >= 0 ? index : -index - 1) + 1;
        }
    }
}
