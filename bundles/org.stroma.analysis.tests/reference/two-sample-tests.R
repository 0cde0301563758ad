# Reference values for TwoSampleTestsTest.java (Student, Welch, Mann-Whitney, Kruskal-Wallis).
# Run:  Rscript two-sample-tests.R
# Produced with R 4.2.2 Patched (2022-11-10 r83330), base R only (stats).
# Data: invented hair density (follicles/cm2) at 6 months in a two-arm LoS alopecia trial,
# without ties (exact Mann-Whitney), and invented ordinal scores with ties.
num <- function(x) sprintf("%.17g", x)
row <- function(...) cat(paste0("{", paste(sapply(c(...), num), collapse = ", "), "},\n"))

ecm  <- c(52.3, 61.0, 58.4, 49.7, 66.2, 63.1, 57.5, 60.8, 71.4, 55.6)
trad <- c(44.1, 50.2, 47.9, 39.5, 53.6, 41.2, 48.8, 45.3, 51.7, 36.4, 46.0)

cat("// t-tests: {difference, ci lower, ci upper, t, df, p}\n")
for (equal in c(TRUE, FALSE)) {
  t <- t.test(ecm, trad, var.equal = equal)
  row(t$estimate[1] - t$estimate[2], t$conf.int[1], t$conf.int[2], t$statistic, t$parameter, t$p.value)
}
cat("// Welch 90%: {ci lower, ci upper}\n")
t <- t.test(ecm, trad, conf.level = 0.90); row(t$conf.int[1], t$conf.int[2])

cat("// Mann-Whitney exact (no ties): {W, p}; then trad vs ecm\n")
w <- wilcox.test(ecm, trad); row(w$statistic, w$p.value)
w <- wilcox.test(trad, ecm); row(w$statistic, w$p.value)
cat("// Mann-Whitney, small overlap, exact: {W, p}\n")
a <- c(1.1, 2.3, 3.8, 5.2); b <- c(2.9, 4.4, 6.1, 7.0, 8.5)
w <- wilcox.test(a, b); row(w$statistic, w$p.value)

x <- c(3, 4, 4, 5, 2, 4, 3, 5); y <- c(2, 3, 3, 1, 2, 4, 2, 3, 1)
cat("// Mann-Whitney with ties, normal approximation: {W, p corrected, p uncorrected}\n")
w1 <- suppressWarnings(wilcox.test(x, y)); w2 <- suppressWarnings(wilcox.test(x, y, correct = FALSE))
row(w1$statistic, w1$p.value, w2$p.value)

cat("// Kruskal-Wallis three arms (data of descriptives-anova.R, no ties): {H, df, p}\n")
afg  <- c(38.2, 45.1, 41.7, 35.9, 48.3, 40.6)
svf  <- c(58.4, 62.1, 55.0, 66.7, 60.3)
adsc <- c(63.5, 70.2, 67.8, 59.9, 72.4, 68.1)
k <- kruskal.test(list(afg, svf, adsc)); row(k$statistic, k$parameter, k$p.value)
cat("// Kruskal-Wallis with ties: {H, df, p}\n")
k <- kruskal.test(list(c(2, 3, 3, 4, 2), c(3, 4, 4, 5, 4), c(1, 2, 2, 3, 1, 2)))
row(k$statistic, k$parameter, k$p.value)
