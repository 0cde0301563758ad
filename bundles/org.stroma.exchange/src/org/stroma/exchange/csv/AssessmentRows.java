package org.stroma.exchange.csv;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;

/** The assessments of one instrument in a study, flattened to what a table row needs. */
record AssessmentRows(Study study, String instrumentId, List<Row> rows) {

    /** One assessment with the subject and visit it belongs to. */
    record Row(Subject subject, Assessment assessment) {

        String subjectId() {
            return subject.getSubjectId() != null ? subject.getSubjectId() : subject.getScreeningId();
        }

        String site() {
            return subject.getSite() == null ? "" : subject.getSite().getCode();
        }

        String visit() {
            return assessment.getVisit() == null ? "" : assessment.getVisit().getCode();
        }

        String date() {
            return isoDate(assessment.getDate());
        }
    }

    static AssessmentRows of(Study study, String instrumentId) {
        List<Row> rows = new ArrayList<>();
        for (Subject subject : study.getSubjects()) {
            for (Assessment assessment : subject.getAssessments()) {
                if (instrumentId.equals(assessment.getInstrumentId())) {
                    rows.add(new Row(subject, assessment));
                }
            }
        }
        return new AssessmentRows(study, instrumentId, rows);
    }

    /** Item codes then score codes, in the order first met, for the wide layout's columns. */
    List<String> columns() {
        List<String> items = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        for (Row row : rows) {
            for (ItemValue item : row.assessment().getItemValues()) {
                addOnce(items, item.getCode());
            }
            for (ScoreValue score : row.assessment().getScoreValues()) {
                addOnce(scores, "score_" + score.getCode());
            }
        }
        items.addAll(scores);
        return items;
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** Dates as ISO calendar days in UTC, the form every statistics package parses. */
    static String isoDate(Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }
}
