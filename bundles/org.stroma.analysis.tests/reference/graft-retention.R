# Reference values for GraftVolumeRetentionTest.java.
# Run:  Rscript graft-retention.R
# Produced with R 4.2.2 Patched (2022-11-10 r83330), base R only.
# Data: invented injected volumes and MRI graft volumes (mL) at months 3 and 6 for 9 subjects in
# three arms; S-05 has no month 6 scan, S-09 no recorded injected volume (excluded entirely).
num <- function(x) sprintf("%.17g", x)
row <- function(...) cat(paste0("{", paste(sapply(c(...), num), collapse = ", "), "},\n"))
d <- data.frame(
  subject  = sprintf("S-%02d", 1:9),
  arm      = c("AFG", "AFG", "AFG", "SVF", "SVF", "SVF", "ADSC", "ADSC", "ADSC"),
  injected = c(20.0, 18.5, 22.0, 21.0, 19.0, 20.5, 18.0, 22.5, NA),
  m3       = c(11.2, 9.8, 12.5, 15.1, 13.9, 14.6, 14.0, 17.2, 15.0),
  m6       = c(8.1, 7.4, 9.9, 12.6, NA, 12.2, 12.9, 15.8, 13.1))
cat("// {arm, visit}: {n, mean, sd, sem, median, q1, q3, iqr, min, max, ci lower, ci upper}\n")
for (a in c("AFG", "SVF", "ADSC")) for (v in c("m3", "m6")) {
  x <- d[d$arm == a & !is.na(d$injected), ]; r <- 100 * x[[v]] / x$injected; r <- r[!is.na(r)]
  q <- quantile(r, c(0.25, 0.75), type = 7)
  ci <- if (length(r) > 1) t.test(r)$conf.int else c(NaN, NaN)
  cat(sprintf("// %s %s\n", a, v))
  row(length(r), mean(r), sd(r), sd(r) / sqrt(length(r)), median(r), q[1], q[2], IQR(r), min(r), max(r), ci[1], ci[2])
}
