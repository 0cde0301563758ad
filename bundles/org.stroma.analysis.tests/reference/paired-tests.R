# Reference values for PairedTestsTest.java (paired t, Wilcoxon signed-rank, change from baseline).
# Run:  Rscript paired-tests.R
# Produced with R 4.2.2 Patched (2022-11-10 r83330), base R only (stats).
# Data: invented single-arm SSc hand study, 7 patients (an 8th without week 12 is excluded):
# VAS hand pain (mm) without tied differences (exact signed-rank), and hand mRSS with tied and
# zero differences (normal approximation).
num <- function(x) sprintf("%.17g", x)
row <- function(...) cat(paste0("{", paste(sapply(c(...), num), collapse = ", "), "},\n"))

base <- c(62, 48, 75, 55, 81, 36, 68)
wk12 <- c(41, 45, 52, 50, 49, 38, 44)
cat("// VAS paired t (week 12 - baseline): {mean diff, sd diff, ci lower, ci upper, t, df, p}\n")
t <- t.test(wk12, base, paired = TRUE); d <- wk12 - base
row(mean(d), sd(d), t$conf.int[1], t$conf.int[2], t$statistic, t$parameter, t$p.value)
cat("// VAS paired t 99%: {ci lower, ci upper}\n")
t <- t.test(wk12, base, paired = TRUE, conf.level = 0.99); row(t$conf.int[1], t$conf.int[2])
cat("// VAS Wilcoxon exact: {V, p}\n")
w <- wilcox.test(wk12, base, paired = TRUE); row(w$statistic, w$p.value)
cat("// VAS Wilcoxon forced normal approximation, corrected: {V, p}\n")
w <- wilcox.test(wk12, base, paired = TRUE, exact = FALSE); row(w$statistic, w$p.value)
cat("// VAS summaries {n, mean, sd, sem, median, q1, q3, min, max, ci lower, ci upper}: baseline, week 12, change\n")
for (x in list(base, wk12, d)) {
  q <- quantile(x, c(0.25, 0.75), type = 7); ci <- t.test(x)$conf.int
  row(length(x), mean(x), sd(x), sd(x) / sqrt(length(x)), median(x), q[1], q[2], min(x), max(x), ci[1], ci[2])
}

mb <- c(14, 11, 18, 9, 16, 12, 20, 10)
mw <- c(10, 9, 13, 8, 12, 11, 15, 10)
cat("// mRSS Wilcoxon, ties and one zero difference, corrected: {V, p}; uncorrected: {V, p}\n")
w <- suppressWarnings(wilcox.test(mw, mb, paired = TRUE)); row(w$statistic, w$p.value)
w <- suppressWarnings(wilcox.test(mw, mb, paired = TRUE, correct = FALSE)); row(w$statistic, w$p.value)
cat("// mRSS paired t: {mean diff, ci lower, ci upper, t, df, p}\n")
t <- t.test(mw, mb, paired = TRUE)
row(t$estimate, t$conf.int[1], t$conf.int[2], t$statistic, t$parameter, t$p.value)
cat("// near-symmetric differences, normal approximation: p must not exceed 1: {V, p}\n")
w <- suppressWarnings(wilcox.test(c(1, -1, 2, -2, 3, -3, 0.5), exact = FALSE)); row(w$statistic, w$p.value)
