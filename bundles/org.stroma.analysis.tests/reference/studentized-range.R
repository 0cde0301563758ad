# Reference values for StudentizedRangeTest.java.  Run in this folder:  Rscript studentized-range.R > reference-rows.txt
# (about 9 minutes); tmp/assemble.py pastes the printed tables into the test verbatim.
# Produced with R 4.2.2 Patched (2022-11-10 r83330), Debian package r-base-core.
#
# For every point it prints R's own ptukey()/qtukey() value AND an independent high-accuracy
# value of the same defining double integral, computed with R's adaptive quadrature
# stats::integrate() (QUADPACK) at rel.tol 1e-13 (inner) / 1e-12 (outer):
#   W(w)        = k * Integral phi(x) [Phi(x) - Phi(x - w)]^(k-1) dx          (range of k normals)
#   1 - W(w)    = k * Integral phi(x) [Phi(x)^(k-1) - (Phi(x) - Phi(x - w))^(k-1)] dx
#   P(Q <= q)   = Integral W(q s) f_df(s) ds,  f_df = density of S = sqrt(chi2_df / df)
# The second value is needed because ptukey() (Copenhaver-Holland with fixed quadrature) is off by
# up to 3e-3 at df = 2, 6e-4 at df = 3, 4e-5 at df = 5 and ~1e-7 at large df and df = Inf, and
# qtukey() stops its secant iteration at |dq| < 1e-4 (R documents both as accurate to about
# 4 decimal places).
# For groups = 2 the exact identity P(Q > q) = 2 pt(-q / sqrt(2), df) gives a third check.

source("studentized-range-integral.R")  # tight, pieces, oneMinusPow, rangeProb, densS, hp, hpQuantile
num <- function(x) if (is.infinite(x)) "INF" else sprintf("%.17g", x)  # computed values
inp <- function(x) if (is.infinite(x)) "INF" else sprintf("%.15g", x)  # inputs, as typed

cat("// ---- cdf grid: {groups, df, q, ptukey(q, groups, df), integral} ----\n")
for (k in c(2, 3, 5, 10, 20)) for (df in c(2, 5, 10, 60, Inf)) for (q in c(0.5, 1.5, 3, 4.5, 7, 12, 30)) {
  cat(sprintf("{%d, %s, %s, %s, %s},\n", k, inp(df), inp(q), num(ptukey(q, k, df)), num(hp(q, k, df))))
}
cat("// ---- df below R's ptukey domain (df >= 2): {groups, df, q, integral} ----\n")
for (k in c(2, 3, 10)) for (df in c(1, 1.5)) for (q in c(1, 5, 20)) {
  cat(sprintf("{%d, %s, %s, %s},\n", k, inp(df), inp(q), num(hp(q, k, df))))
}
cat("// ---- quantiles: {groups, df, p, qtukey(p, groups, df), root of integral} ----\n")
for (r in list(c(3, 12), c(2, 5), c(4, 20), c(5, 10), c(10, 60), c(20, 120), c(3, Inf), c(20, Inf), c(10, 2))) {
  for (p in c(0.95, 0.99)) {
    k <- r[1]; df <- r[2]
    cat(sprintf("{%d, %s, %s, %s, %s},\n", k, inp(df), inp(p), num(qtukey(p, k, df)), num(hpQuantile(p, k, df))))
  }
}
cat("// ---- classic table values at df = 1 (R's qtukey gives NaN): {groups, df, p, root of integral} ----\n")
for (k in c(2, 3, 5)) cat(sprintf("{%d, 1, 0.95, %s},\n", k, num(hpQuantile(0.95, k, 1))))
cat("// ---- far upper tail: {groups, df, q, ptukey(q, groups, df, lower.tail = FALSE), integral} ----\n")
for (r in list(c(3, Inf, 7.2), c(5, Inf, 7.5), c(10, Inf, 7.9), c(20, Inf, 8.3), c(3, 60, 8.1),
               c(5, 120, 8), c(10, 20, 12.4), c(20, 10, 23.5), c(3, 5, 48), c(5, 2, 2500), c(10, 60, 9.1),
               c(5, Inf, 10), c(10, 10, 30))) {
  k <- r[1]; df <- r[2]; q <- r[3]
  cat(sprintf("{%d, %s, %s, %s, %s},\n", k, inp(df), inp(q), num(ptukey(q, k, df, lower.tail = FALSE)),
              num(hp(q, k, df, TRUE))))
}
cat("// ---- groups = 2 exact: {df, q, 2 * pt(-q / sqrt(2), df)} ----\n")
for (df in c(1, 2, 3.5, 10, 60, 1000, Inf)) for (q in c(0.3, 2, 5, 12, 40)) {
  cat(sprintf("{%s, %s, %s},\n", inp(df), inp(q), num(2 * pt(-q / sqrt(2), df))))
}
