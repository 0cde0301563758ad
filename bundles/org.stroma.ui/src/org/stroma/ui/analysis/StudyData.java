package org.stroma.ui.analysis;

import org.stroma.model.study.Study;

/**
 * A study as the signed-in user may see it, read in the background.
 *
 * @param study the study, site scope and blinding applied
 * @param blinded whether the user is blinded in it: then its subjects have no allocated arm
 */
record StudyData(Study study, boolean blinded) {
}
