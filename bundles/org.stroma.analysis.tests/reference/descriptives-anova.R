# Reference values for DescriptivesTest.java and OneWayAnovaTest.java.
# Run in this folder:  Rscript descriptives-anova.R
# Produced with R 4.2.2 Patched (2022-11-10 r83330), base R only (stats).
# Data: invented fat volume retention (%) at month 6 in a three-arm LoS trial
# (AFG, SVF-assisted, ADSC-assisted); one SVF subject has no MRI (excluded), so n = 6, 5, 6
# and Tukey's HSD uses the Tukey-Kramer standard error.
num <- function(x) sprintf("%.17g", x)
row <- function(...) cat(paste0("{", paste(sapply(c(...), num), collapse = ", "), "},\n"))

afg  <- c(38.2, 45.1, 41.7, 35.9, 48.3, 40.6)
svf  <- c(58.4, 62.1, 55.0, 66.7, 60.3)
adsc <- c(63.5, 70.2, 67.8, 59.9, 72.4, 68.1)

cat("// descriptives: {n, mean, sd, sem, median, q1, q3, iqr, min, max, ci lower, ci upper}\n")
for (x in list(afg, svf, adsc)) {
  q <- quantile(x, c(0.25, 0.75), type = 7)
  ci <- t.test(x, conf.level = 0.95)$conf.int
  row(length(x), mean(x), sd(x), sd(x) / sqrt(length(x)), median(x), q[1], q[2], IQR(x, type = 7),
      min(x), max(x), ci[1], ci[2])
}
cat("// descriptives of AFG at 90%: {ci lower, ci upper}\n")
ci <- t.test(afg, conf.level = 0.90)$conf.int
row(ci[1], ci[2])
cat("// type 7 quartiles of 1..10 and of {3, 1, 4, 1, 5}: {q1, median, q3}\n")
row(quantile(1:10, c(0.25, 0.5, 0.75), type = 7))
row(quantile(c(3, 1, 4, 1, 5), c(0.25, 0.5, 0.75), type = 7))

y <- c(afg, svf, adsc)
g <- factor(rep(c("AFG", "SVF", "ADSC"), c(6, 5, 6)), levels = c("AFG", "SVF", "ADSC"))
fit <- aov(y ~ g)
s <- summary(fit)[[1]]
cat("// anova: {df between, df within, SS between, SS within, F, p}\n")
row(s$Df[1], s$Df[2], s$"Sum Sq"[1], s$"Sum Sq"[2], s$"F value"[1], s$"Pr(>F)"[1])
cat("// TukeyHSD 95%: rows SVF-AFG, ADSC-AFG, ADSC-SVF: {diff, lwr, upr, p adj}\n")
tk <- TukeyHSD(fit, conf.level = 0.95)$g
for (i in 1:3) row(tk[i, 1], tk[i, 2], tk[i, 3], tk[i, 4])
cat("// TukeyHSD 99%: {diff, lwr, upr}\n")
tk99 <- TukeyHSD(fit, conf.level = 0.99)$g
for (i in 1:3) row(tk99[i, 1], tk99[i, 2], tk99[i, 3])
# R's ptukey is accurate to about 1e-7 absolute (see studentized-range.R), too coarse for
# adjusted p-values near 1e-7, and qtukey() stops its secant iteration at |dq| < 1e-4. So the
# reference p-values and critical value come from the independent high-accuracy integral of
# studentized-range-integral.R, which studentized-range.R uses as well (tight, pieces, oneMinusPow,
# rangeProb, densS, hp, hpQuantile).
source("studentized-range-integral.R")
mse <- s$"Mean Sq"[2]; df <- s$Df[2]; n <- c(6, 5, 6); m <- tapply(y, g, mean)
for (level in c(0.95, 0.99)) {
  qcrit <- hpQuantile(level, 3, df)
  cat(sprintf("// integral: critical q at %s = %s; per pair {diff, lwr, upr, q, P(Q > q)}\n", level, num(qcrit)))
  for (p in list(c(1, 2), c(1, 3), c(2, 3))) {
    i <- p[1]; j <- p[2]; d <- m[j] - m[i]; se <- sqrt(mse / 2 * (1 / n[i] + 1 / n[j]))
    q <- abs(d) / se
    row(d, d - qcrit * se, d + qcrit * se, q, hp(q, 3, df, TRUE))
  }
}
