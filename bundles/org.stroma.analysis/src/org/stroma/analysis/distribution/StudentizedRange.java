package org.stroma.analysis.distribution;

/**
 * Studentized range distribution: the law of {@code Q = (max - min) / S} for {@code groups}
 * independent standard normals and an independent S with {@code df S² ~ χ²(df)} (one range per
 * sample), as used by Tukey's HSD; the counterpart of R's {@code ptukey} and {@code qtukey}.
 *
 * <p>Method: Copenhaver, M. D. and Holland, B. S. (1988), "Computation of the distribution of the
 * maximum studentized range statistic with application to multiple significance testing of simple
 * effects", J. Statist. Comput. Simul. 30, 1-15: Gauss-Legendre quadrature of the range probability
 * <pre>  W(w) = [2Φ(w/2) - 1]^k + 2k ∫_{w/2}^∞ φ(y) [Φ(y) - Φ(y - w)]^(k-1) dy</pre>
 * and of {@code P(Q <= q) = E[W(qS)]} over the law of S. The published discretisation, which R
 * keeps, leaves ptukey off by up to 3e-3 at df = 2, 4e-5 at df = 5 and 1e-7 at large df. Here
 * (error about 1e-13) the outer integral runs over log S, whose density has no endpoint
 * singularity, in 20-node panels scaled to its spread and added outward from the integrand's mode
 * until negligible; inner 16-node panels narrow as groups grow; and the upper tail integrates
 * 1 - W directly, so small p-values keep their relative accuracy. Unlike R, every finite df is
 * integrated (R uses the df = ∞ value above 25000), df in [1, 2) is supported, and quantiles are
 * solved to about 1e-13 relative (qtukey stops once its step is below 1e-4).
 * Immutable and thread-safe.
 */
public final class StudentizedRange {

    private static final double[][] OUTER_RULE = gaussLegendre(20);
    private static final double[][] INNER_RULE = gaussLegendre(16);
    /** Inner integrals stop this far beyond w/2, where φ is below 1e-16. */
    private static final double INNER_REACH = 8.5;
    /** Outer panels are added until one adds less than this fraction of the total. */
    private static final double OUTER_TOLERANCE = 1e-16;
    private static final int MAX_OUTER_PANELS = 400;
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    private final int groups;
    private final double df;
    /** Log of the normalising constant of the density of log S. */
    private final double logNorm;
    /** Width of the first outer panels, in units of log S (whose sd is about 1/sqrt(2 df)). */
    private final double step;
    /** Width of inner panels: the range integrand narrows as groups grow. */
    private final double innerPanel;

    /**
     * @param groups number of means compared (nmeans), at least 2
     * @param df degrees of freedom of S², at least 1, or {@link Double#POSITIVE_INFINITY}
     * @throws IllegalArgumentException if groups or df is out of range (or df is NaN)
     */
    public StudentizedRange(int groups, double df) {
        if (groups < 2) {
            throw new IllegalArgumentException("groups must be at least 2, got " + groups);
        }
        if (!(df >= 1)) {
            throw new IllegalArgumentException("df must be at least 1 (or infinite), got " + df);
        }
        this.groups = groups;
        this.df = df;
        boolean finite = df < Double.POSITIVE_INFINITY;
        this.logNorm = finite ? 0.5 * Math.log(df / Math.PI) - stirlingCorrection(0.5 * df) : 0;
        this.step = finite ? Math.min(1.2, 3.5 / Math.sqrt(df)) : 0;
        this.innerPanel = Math.min(4.3, 3.8 / Math.sqrt(Math.log(groups)));
    }

    public int groups() {
        return groups;
    }

    public double df() {
        return df;
    }

    /** P(Q <= q), as R's {@code ptukey(q, groups, df)}. */
    public double cdf(double q) {
        if (!(q > 0)) return Double.isNaN(q) ? q : 0;
        return q == Double.POSITIVE_INFINITY ? 1 : tail(q, false);
    }

    /** P(Q > q), as R's {@code ptukey(q, groups, df, lower.tail = FALSE)}, for p-values. */
    public double survival(double q) {
        if (!(q > 0)) return Double.isNaN(q) ? q : 1;
        return q == Double.POSITIVE_INFINITY ? 0 : tail(q, true);
    }

    private double tail(double q, boolean upperWanted) {
        // Integrate the tail below 1/2 and complement it: small tails of either side stay
        // relatively accurate, cdf + survival = 1, and both are monotone.
        double upper = scaleMixture(q, true);
        if (upper < 0.5) return upperWanted ? upper : 1 - upper;
        double lower = Math.min(1, scaleMixture(q, false));
        return upperWanted ? 1 - lower : lower;
    }

    /** The q with P(Q <= q) = p, as R's {@code qtukey(p, groups, df)}, for 0 < p < 1. */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1, got " + p);
        }
        // Above the median solve on the upper tail, where 1 - p is exact: p near 1 stays accurate.
        boolean upper = p > 0.5;
        double target = upper ? 1 - p : p;
        // Bracket the root geometrically from a typical critical value.
        double lo = 3, fLo = excess(lo, target, upper), hi = lo, fHi = fLo;
        for (; fLo > 0; fLo = excess(lo, target, upper)) {
            hi = lo;
            fHi = fLo;
            lo *= 0.5;
        }
        for (; fHi < 0; fHi = excess(hi, target, upper)) {
            lo = hi;
            fLo = fHi;
            hi *= 2;
        }
        // Illinois-modified regula falsi in log q: keeps the bracket, converges superlinearly.
        double a = Math.log(lo), b = Math.log(hi);
        int side = 0;
        for (int i = 0; i < 200 && fLo != 0 && fHi != 0 && b - a > 1e-13; i++) {
            double c = (a * fHi - b * fLo) / (fHi - fLo);
            if (!(c > a && c < b)) c = 0.5 * (a + b);
            double fc = excess(Math.exp(c), target, upper);
            if (fc <= 0) {
                a = c;
                fLo = fc;
                if (side == -1) fHi *= 0.5;
                side = -1;
            } else {
                b = c;
                fHi = fc;
                if (side == 1) fLo *= 0.5;
                side = 1;
            }
        }
        return Math.exp(Math.abs(fLo) <= Math.abs(fHi) ? a : b);
    }

    /** Increasing in q, zero at the quantile; on log scale, nearly linear in log q in the tails. */
    private double excess(double q, double target, boolean upper) {
        double logTarget = Math.log(target), logTail = Math.log(scaleMixture(q, upper));
        return upper ? logTarget - logTail : logTail - logTarget;
    }

    /** E[W(qS)], or E[1 - W(qS)] for the upper tail: outer panels over x = log S. */
    private double scaleMixture(double q, boolean upper) {
        if (df == Double.POSITIVE_INFINITY) return upper ? rangeSurvival(q) : rangeCdf(q);
        // Start near the integrand's mode: x = 0 for the cdf; for the upper tail the decay
        // 1 - W(w) ~ exp(-w²/4) pulls it down to about x = log(df / (df + q²/2)) / 2.
        double start = upper ? 0.5 * Math.log(df / (df + 0.5 * q * q)) : 0;
        double total = 0;
        for (int direction = -1; direction <= 1; direction += 2) {
            double edge = start, width = step, previous = Double.POSITIVE_INFINITY;
            for (int i = 0; i < MAX_OUTER_PANELS; i++) {
                double lo = direction > 0 ? edge : edge - width;
                double part = outerPanel(q, lo, lo + width, upper, OUTER_TOLERANCE * total);
                total += part;
                // The integrand is unimodal: stop once past its peak and negligible.
                if (part <= previous && part <= OUTER_TOLERANCE * total) break;
                edge += direction * width;
                // Widen panels on the decaying side, where the integrand is featureless.
                if (part < previous && part < 1e-3 * total) width *= 2;
                previous = part;
            }
        }
        return total;
    }

    /** One outer panel; nodes whose weight alone is below {@code negligible} are skipped. */
    private double outerPanel(double q, double lo, double hi, boolean upper, double negligible) {
        double mid = 0.5 * (lo + hi), half = 0.5 * (hi - lo), sum = 0;
        for (double[] node : OUTER_RULE) {
            double x = mid + half * node[0];
            // density of log S: sqrt(df/π) exp(-c(df/2) - (df/2)(e^(2x) - 1 - 2x)), c Stirling's
            double logDensity = logNorm - 0.5 * df * (Math.expm1(2 * x) - 2 * x);
            double weight = half * node[1] * Math.exp(logDensity);
            if (weight <= negligible) continue; // W and 1 - W are at most 1
            double w = q * Math.exp(x);
            sum += weight * (upper ? rangeSurvival(w) : rangeCdf(w));
        }
        return sum;
    }

    /** W(w) = P(range of k standard normals <= w), by the Copenhaver-Holland formula. */
    private double rangeCdf(double w) {
        if (w <= 0) return 0;
        double start = 0.5 * w;
        if (start >= INNER_REACH) return 1;
        int k = groups;
        double centre = Math.pow(1 - 2 * upperTail(start, Math.exp(-0.5 * start * start)), k);
        int panels = (int) Math.ceil((INNER_REACH - start) / innerPanel);
        double width = (INNER_REACH - start) / panels, sum = 0;
        for (int j = 0; j < panels; j++) {
            double mid = start + (j + 0.5) * width;
            for (double[] node : INNER_RULE) {
                double y = mid + 0.5 * width * node[0], z = y - w;
                double gaussY = Math.exp(-0.5 * y * y);
                double between = upperTail(z, Math.exp(-0.5 * z * z)) - upperTail(y, gaussY);
                if (between > 0) sum += node[1] * gaussY * Math.pow(between, k - 1);
            }
        }
        return Math.min(1, centre + k * width * INV_SQRT_2PI * sum); // 2k × half-width × φ
    }

    /**
     * 1 - W(w). Folding 1 = k ∫ φ(y) Φ(y)^m dy at w/2 as the formula for W is folded gives
     * 1 - W(w) = k ∫_{w/2}^∞ φ(y)[Φ(y)^m - D^m] + φ(y-w)[Φ(w-y)^m - D^m] dy, m = k-1,
     * D = Φ(y) - Φ(y-w); each bracket is formed as a^m (1 - (1 - b/a)^m) without cancellation.
     */
    private double rangeSurvival(double w) {
        if (w <= 0) return 1;
        // Below about the 99% point of the range, 1 - W is not small and loses nothing.
        if (w < 3.2 + 0.8 * Math.log(groups)) return 1 - rangeCdf(w);
        int m = groups - 1;
        double start = 0.5 * w;
        int panels = (int) Math.ceil(INNER_REACH / innerPanel);
        double width = INNER_REACH / panels, sum = 0;
        for (int j = 0; j < panels; j++) {
            double mid = start + (j + 0.5) * width;
            for (double[] node : INNER_RULE) {
                double y = mid + 0.5 * width * node[0], z = y - w;
                double gaussY = Math.exp(-0.5 * y * y), gaussZ = Math.exp(-0.5 * z * z);
                double upperY = upperTail(y, gaussY), lowerY = 1 - upperY; // Φ(-y), Φ(y)
                double upperZ = upperTail(z, gaussZ); // Φ(w - y)
                double lowerZ = upperTail(-z, gaussZ); // Φ(y - w)
                double first = gaussY * Math.pow(lowerY, m) * oneMinusPower(lowerZ / lowerY, m);
                double second = gaussZ * Math.pow(upperZ, m) * oneMinusPower(upperY / upperZ, m);
                sum += node[1] * (first + second);
            }
        }
        return Math.min(1, 0.5 * width * (m + 1) * INV_SQRT_2PI * sum);
    }

    /** 1 - (1 - r)^m for 0 <= r <= 1, accurate for small r. */
    private static double oneMinusPower(double r, int m) {
        return r >= 1 ? 1 : -Math.expm1(m * Math.log1p(-r));
    }

    /** Φ(-x) = P(Z > x), relatively accurate for x > 0, given gauss = exp(-x²/2). */
    private static double upperTail(double x, double gauss) {
        double t = Math.abs(x) * 0.7071067811865476;
        double tail = t <= 0.46875 ? 0.5 - 0.5 * smallErf(t) : 0.5 * gauss * scaledErfc(t);
        return x >= 0 ? tail : 1 - tail;
    }

    // W. J. Cody (1969), "Rational Chebyshev approximations for the error function", Math. Comp.
    // 23, 631-637; coefficients as in his SPECFUN routine CALERF.
    private static final double[] ERF_NUM = {3.16112374387056560e00, 1.13864154151050156e02,
        3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] ERF_DEN = {2.36012909523441209e01, 2.44024637934444173e02,
        1.28261652607737228e03, 2.84423683343917062e03};
    private static final double[] MID_NUM = {5.64188496988670089e-1, 8.88314979438837594e00,
        6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02,
        1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
        2.15311535474403846e-8};
    private static final double[] MID_DEN = {1.57449261107098347e01, 1.17693950891312499e02,
        5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03,
        4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03};
    private static final double[] TAIL_NUM = {3.05326634961232344e-1, 3.60344899949804439e-1,
        1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4,
        1.63153871373020978e-2};
    private static final double[] TAIL_DEN = {2.56852019228982242e00, 1.87295284992346047e00,
        5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3};

    /** erf(x) for |x| <= 0.46875. */
    private static double smallErf(double x) {
        double z = x * x, num = ERF_NUM[4] * z, den = z;
        for (int i = 0; i < 3; i++) {
            num = (num + ERF_NUM[i]) * z;
            den = (den + ERF_DEN[i]) * z;
        }
        return x * (num + ERF_NUM[3]) / (den + ERF_DEN[3]);
    }

    /** exp(x²) erfc(x) for x > 0.46875. */
    private static double scaledErfc(double x) {
        if (x <= 4) {
            double num = MID_NUM[8] * x, den = x;
            for (int i = 0; i < 7; i++) {
                num = (num + MID_NUM[i]) * x;
                den = (den + MID_DEN[i]) * x;
            }
            return (num + MID_NUM[7]) / (den + MID_DEN[7]);
        }
        double z = 1 / (x * x), num = TAIL_NUM[5] * z, den = z;
        for (int i = 0; i < 4; i++) {
            num = (num + TAIL_NUM[i]) * z;
            den = (den + TAIL_DEN[i]) * z;
        }
        return (0.5641895835477563 - z * (num + TAIL_NUM[4]) / (den + TAIL_DEN[4])) / x;
    }

    /** lgamma(a) - [(a - 1/2) log a - a + log(2π)/2], by recurrence up to the Stirling series. */
    private static double stirlingCorrection(double a) {
        double shift = 0;
        for (; a < 15; a += 1) shift += (a + 0.5) * Math.log1p(1 / a) - 1;
        double r = 1 / (a * a);
        double series = 1 / 12.0 - r * (1 / 360.0 - r * (1 / 1260.0 - r * (1 / 1680.0 - r / 1188)));
        return shift + series / a;
    }

    /** Nodes and weights of the n-point Gauss-Legendre rule on [-1, 1], by Newton's method. */
    private static double[][] gaussLegendre(int n) {
        double[][] rule = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5)), slope = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p0 = 1, p1 = x; // Legendre P_(j-1), P_j by the three-term recurrence
                for (int j = 2; j <= n; j++) {
                    double p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
                    p0 = p1;
                    p1 = p2;
                }
                slope = n * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / slope;
                x -= dx;
                if (Math.abs(dx) < 1e-16) break;
            }
            rule[i] = new double[] {x, 2 / ((1 - x * x) * slope * slope)};
        }
        return rule;
    }
}
