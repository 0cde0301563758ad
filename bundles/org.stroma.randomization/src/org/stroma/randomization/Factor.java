package org.stroma.randomization;

import java.util.List;

/**
 * A prognostic factor used to stratify or to minimize. The site is an ordinary factor named
 * {@value #SITE} whose levels are the site ids.
 *
 * @param name   the factor's name, e.g. {@code sex}
 * @param levels its levels in the order reports show them, at least one, no repeats
 * @param weight the factor's weight in the minimization score, more than 0; stratified blocks
 *               ignore it
 * @since 0.1
 */
public record Factor(String name, List<String> levels, double weight) {

    /** The name of the factor whose levels are the site ids. */
    public static final String SITE = "site";

    /** Refuses an ill-formed name or level, no levels, repeated levels and a weight not above 0. */
    public Factor {
        Names.id("factor name", name);
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("factor '" + name + "' needs at least one level");
        }
        levels = List.copyOf(levels);
        for (String level : levels) {
            Names.id("level of factor '" + name + "'", level);
        }
        Names.distinct("level of factor '" + name + "'", levels);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of factor '" + name + "' must be a number above 0, was " + weight);
        }
    }

    /** @return a factor with weight 1 */
    public static Factor of(String name, String... levels) {
        return new Factor(name, List.of(levels), 1.0);
    }

    /** @return the site factor with weight 1 */
    public static Factor sites(String... siteIds) {
        return of(SITE, siteIds);
    }
}
