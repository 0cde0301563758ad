package org.stroma.exchange.odm;

/**
 * An ODM file was refused: it is not well-formed XML, does not validate against the schemas,
 * or holds data the study cannot take. The message names the line and column in the file and
 * what is wrong there, e.g. {@code line 812, column 74: item IT.INSTRUMENT.mrss.face ... 4 is
 * above the highest allowed value 3}.
 *
 * @since 0.1
 */
public class OdmFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public OdmFileException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + withoutFinalStop(problem));
        this.line = line;
        this.column = column;
    }

    /** Parser messages end in a full stop, ours do not; a caller may add to either. */
    private static String withoutFinalStop(String problem) {
        return problem != null && problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
    }

    /** The line of the file where the problem was found, from 1. */
    public int line() {
        return line;
    }

    /** The column of that line, from 1. */
    public int column() {
        return column;
    }
}
