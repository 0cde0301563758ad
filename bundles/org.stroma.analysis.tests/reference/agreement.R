# Reference values for AgreementTest.java (ICC, Cohen's kappa, weighted kappa).
# Run:  Rscript agreement.R
# Produced with R 4.2.2 Patched (2022-11-10 r83330), base R only; formulas written here from
# the papers, independently of the Java code:
#  - ICC: Shrout PE, Fleiss JL (1979) Psychol Bull 86:420-428, Table 2 data (6 targets, 4 judges).
#    Their Table 4 prints ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44,
#    ICC(2,4) = .62, ICC(3,4) = .91. Mean squares from aov(); confidence intervals from
#    McGraw KO, Wong SP (1996) Psychol Methods 1:30-46, Table 7 (F-based; Satterthwaite df for
#    case 2A), k-rater form-2 bounds by Spearman-Brown of the single-rater bounds.
#  - Kappa: two radiologists' ratings of 85 xeromammograms (Boyd et al. 1982), as tabulated in
#    Altman DG (1991) Practical Statistics for Medical Research (inter-rater agreement), which prints
#    kappa = 0.47. Weighted kappa: Cohen (1968) with linear 1 - |i-j|/(c-1) and quadratic
#    1 - (i-j)^2/(c-1)^2 weights; standard errors: Fleiss, Cohen, Everitt (1969) Psychol Bull
#    72:323-327, eq. for var(kappa_w) (non-null) and its null form.
num <- function(x) sprintf("%.17g", x)
row <- function(...) cat(paste0("{", paste(sapply(c(...), num), collapse = ", "), "},\n"))

sf <- matrix(c(9, 2, 5, 8,
               6, 1, 3, 2,
               8, 4, 6, 8,
               7, 1, 2, 6,
               10, 5, 6, 9,
               6, 2, 4, 7), 6, byrow = TRUE)
n <- nrow(sf); k <- ncol(sf)
long <- data.frame(y = as.vector(sf), target = factor(rep(1:n, k)), judge = factor(rep(1:k, each = n)))
two <- summary(aov(y ~ target + judge, data = long))[[1]]
one <- summary(aov(y ~ target, data = long))[[1]]
BMS <- two$"Mean Sq"[1]; JMS <- two$"Mean Sq"[2]; EMS <- two$"Mean Sq"[3]; WMS <- one$"Mean Sq"[2]
cat("// mean squares {BMS, WMS, JMS, EMS}\n"); row(BMS, WMS, JMS, EMS)

icc <- function(conf) {
  a <- (1 - conf) / 2
  df1 <- n - 1; dfw <- n * (k - 1); dfe <- (n - 1) * (k - 1)
  F1 <- BMS / WMS; F3 <- BMS / EMS
  FL1 <- F1 / qf(1 - a, df1, dfw); FU1 <- F1 * qf(1 - a, dfw, df1)
  FL3 <- F3 / qf(1 - a, df1, dfe); FU3 <- F3 * qf(1 - a, dfe, df1)
  r2 <- (BMS - EMS) / (BMS + (k - 1) * EMS + k * (JMS - EMS) / n)
  Fj <- JMS / EMS
  v <- (k - 1) * (n - 1) * (k * r2 * Fj + n * (1 + (k - 1) * r2) - k * r2)^2 /
       ((n - 1) * k^2 * r2^2 * Fj^2 + (n * (1 + (k - 1) * r2) - k * r2)^2)
  Fs <- qf(1 - a, n - 1, v); Fss <- qf(1 - a, v, n - 1)
  L2 <- n * (BMS - Fs * EMS) / (Fs * (k * JMS + (k * n - k - n) * EMS) + n * BMS)
  U2 <- n * (Fss * BMS - EMS) / (k * JMS + (k * n - k - n) * EMS + n * Fss * BMS)
  sb <- function(r) k * r / (1 + (k - 1) * r)
  p1 <- pf(F1, df1, dfw, lower.tail = FALSE); p3 <- pf(F3, df1, dfe, lower.tail = FALSE)
  list(
    c((BMS - WMS) / (BMS + (k - 1) * WMS), F1, df1, dfw, p1, (FL1 - 1) / (FL1 + k - 1), (FU1 - 1) / (FU1 + k - 1)),
    c(r2, F3, df1, dfe, p3, L2, U2),
    c((BMS - EMS) / (BMS + (k - 1) * EMS), F3, df1, dfe, p3, (FL3 - 1) / (FL3 + k - 1), (FU3 - 1) / (FU3 + k - 1)),
    c((BMS - WMS) / BMS, F1, df1, dfw, p1, 1 - 1 / FL1, 1 - 1 / FU1),
    c((BMS - EMS) / (BMS + (JMS - EMS) / n), F3, df1, dfe, p3, sb(L2), sb(U2)),
    c((BMS - EMS) / BMS, F3, df1, dfe, p3, 1 - 1 / FL3, 1 - 1 / FU3))
}
cat("// ICC 95%: rows ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k): {icc, F, df1, df2, p, lower, upper}\n")
for (r in icc(0.95)) row(r)
cat("// ICC 90%: same rows, {lower, upper}\n")
for (r in icc(0.90)) row(r[6], r[7])

# Altman (1991): rows radiologist A, columns radiologist B; normal, benign, suspected cancer, cancer
boyd <- matrix(c(21, 12, 0, 0,
                  4, 17, 1, 0,
                  3,  9, 15, 2,
                  0,  0, 0, 1), 4, byrow = TRUE)
kappaW <- function(tab, w, conf = 0.95) {
  N <- sum(tab); p <- tab / N; pr <- rowSums(p); pc <- colSums(p)
  po <- sum(w * p); pe <- sum(w * outer(pr, pc)); kap <- (po - pe) / (1 - pe)
  wr <- as.vector(w %*% pc)          # w-bar_i. = sum_j p.j w_ij
  wc <- as.vector(t(w) %*% pr)       # w-bar_.j = sum_i p_i. w_ij
  B <- outer(wr, wc, "+")
  v <- (sum(p * (w - B * (1 - kap))^2) - (kap - pe * (1 - kap))^2) / (N * (1 - pe)^2)
  v0 <- (sum(outer(pr, pc) * (w - B)^2) - pe^2) / (N * (1 - pe)^2)
  z <- kap / sqrt(v0); q <- qnorm(1 - (1 - conf) / 2)
  c(N, kap, po, pe, sqrt(v), z, 2 * pnorm(-abs(z)), kap - q * sqrt(v), kap + q * sqrt(v))
}
cc <- 4; idx <- outer(1:cc, 1:cc, "-")
cat("// kappa {n, kappa, po, pe, se, z, p, lower, upper}: unweighted, linear, quadratic\n")
row(kappaW(boyd, diag(cc)))
row(kappaW(boyd, 1 - abs(idx) / (cc - 1)))
row(kappaW(boyd, 1 - idx^2 / (cc - 1)^2))
cat("// linear weighted kappa when the four categories are scale points 0, 1, 3, 4 of a 0-4 scale\n")
cat("// (point 2 unused, so the spacing changes): {kappa}\n")
gap <- matrix(0, 5, 5); gap[c(1, 2, 4, 5), c(1, 2, 4, 5)] <- boyd; i5 <- outer(1:5, 1:5, "-")
row(kappaW(gap, 1 - abs(i5) / 4)[2])
