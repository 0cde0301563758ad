# Reference values for ContingencyTestsTest.java (Fisher's exact test, chi-square).
# Run:  Rscript contingency-tests.R
# Produced with R 4.2.2 Patched (2022-11-10 r83330), base R only (stats).
# Data: invented counts (digital ulcer healed by arm; complication grade by arm).
num <- function(x) sprintf("%.17g", x)
row <- function(...) cat(paste0("{", paste(sapply(c(...), num), collapse = ", "), "},\n"))

# Conditional MLE and exact CI of the odds ratio as in fisher.test, but with roots solved to
# 1e-13 on log(ncp) (fisher.test uses uniroot's default tolerance, about 1e-4).
condOR <- function(x, conf = 0.95) {
  m <- sum(x[, 1]); n <- sum(x[, 2]); k <- sum(x[1, ]); a <- x[1, 1]
  lo <- max(0, k - n); hi <- min(k, m); s <- lo:hi
  logdc <- dhyper(s, m, n, k, log = TRUE)
  d <- function(t) { v <- logdc + t * s; v <- exp(v - max(v)); v / sum(v) }
  mn <- function(t) sum(s * d(t))
  pU <- function(t) sum(d(t)[s >= a]); pL <- function(t) sum(d(t)[s <= a])
  r <- function(f) uniroot(f, c(-50, 50), tol = 1e-13)$root
  alpha <- (1 - conf) / 2
  est <- if (a == lo) 0 else if (a == hi) Inf else exp(r(function(t) mn(t) - a))
  low <- if (a == lo) 0 else exp(r(function(t) pU(t) - alpha))
  up <- if (a == hi) Inf else exp(r(function(t) alpha - pL(t)))
  c(est, low, up)
}
cat("// 2 x 2 Fisher: {a, b, c, d, p, fisher.test estimate, lower, upper, tight estimate, lower, upper}\n")
for (t in list(c(8, 2, 3, 7), c(3, 1, 1, 3), c(5, 0, 1, 4), c(12, 5, 9, 14))) {
  x <- matrix(t, 2, byrow = TRUE); f <- fisher.test(x)
  row(t, f$p.value, f$estimate, f$conf.int[1], f$conf.int[2], condOR(x))
}
cat("// r x c Fisher: p per table\n")
tabs <- list(matrix(c(5, 1, 0, 4, 2, 0, 3, 2, 1), 3, byrow = TRUE),
             matrix(c(6, 3, 1, 2, 4, 4), 2, byrow = TRUE),
             matrix(c(8, 3, 2, 4, 6, 3, 2, 4, 8), 3, byrow = TRUE))
for (x in tabs) row(fisher.test(x)$p.value)
cat("// 2 x 2 via the r x c route (fisher.test on the 2x2 again, same p): {p}\n")
row(fisher.test(matrix(c(8, 2, 3, 7), 2, byrow = TRUE))$p.value)

cat("// chi-square 2 x 2 [[8,2],[3,7]]: Yates {X2, df, p}; uncorrected {X2, df, p}\n")
x <- matrix(c(8, 2, 3, 7), 2, byrow = TRUE)
for (corr in c(TRUE, FALSE)) {
  cs <- suppressWarnings(chisq.test(x, correct = corr)); row(cs$statistic, cs$parameter, cs$p.value)
}
cat("// chi-square 2 x 2 [[30,10],[12,28]] Yates {X2, df, p}\n")
cs <- chisq.test(matrix(c(30, 10, 12, 28), 2, byrow = TRUE)); row(cs$statistic, cs$parameter, cs$p.value)
cat("// chi-square 3 x 3 {X2, df, p}, expected[1,1], expected[3,3]\n")
cs <- suppressWarnings(chisq.test(tabs[[3]])); row(cs$statistic, cs$parameter, cs$p.value, cs$expected[1, 1], cs$expected[3, 3])
