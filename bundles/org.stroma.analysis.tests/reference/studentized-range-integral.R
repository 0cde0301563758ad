# The studentized range distribution by its defining double integral, evaluated with R's
# adaptive quadrature stats::integrate() at the tightest tolerances it accepts: the independent
# high-accuracy reference the other scripts here source (see studentized-range.R for the
# integral and why R's own ptukey()/qtukey() are not accurate enough as a reference).
tight <- function(f, lo, hi) {
  # integrate() at the tightest tolerance it accepts for this piece
  # (an absolute floor only where rounding noise defeats the relative test, e.g. on pieces that
  # contribute below 1e-18)
  for (tol in list(c(1e-13, 0), c(1e-12, 0), c(1e-11, 0), c(1e-12, 1e-20), c(1e-11, 1e-18))) {
    r <- tryCatch(integrate(f, lo, hi, rel.tol = tol[1], abs.tol = tol[2], subdivisions = 2000L)$value,
                  error = function(e) NA)
    if (!is.na(r)) return(r)
  }
  stop("integrate failed")
}
pieces <- function(f, br) sum(sapply(seq_len(length(br) - 1), function(i) tight(f, br[i], br[i + 1])))

# 1 - (1 - r)^m without cancellation
oneMinusPow <- function(r, m) ifelse(r >= 1, 1, -expm1(m * log1p(-r)))

rangeProb <- function(w, k, upper) {
  if (w <= 0) return(if (upper) 1 else 0)
  f <- if (upper) function(x) {
         a <- pnorm(x); v <- k * dnorm(x) * a^(k - 1) * oneMinusPow(pnorm(x - w) / a, k - 1)
         ifelse(a > 0, v, 0) }
       else function(x) k * dnorm(x) * (pnorm(x) - pnorm(x - w))^(k - 1)
  pieces(f, c(-Inf, -3, 0, w / 2, w, w + 3, Inf))
}
densS <- function(s, df) exp(log(2) + (df / 2) * log(df / 2) - lgamma(df / 2) + (df - 1) * log(s) - df * s^2 / 2)
hp <- function(q, k, df, upper = FALSE) {
  if (is.infinite(df)) return(rangeProb(q, k, upper))
  g <- function(s) sapply(s, function(si) rangeProb(q * si, k, upper)) * densS(s, df)
  sd <- 1 / sqrt(2 * df)
  br <- sort(unique(c(0, pmax(1e-3, 1 + (-10:10) * sd), c(0.5, 1, 2, 4, 8) / q, Inf)))
  pieces(g, br)
}
hpQuantile <- function(p, k, df) {
  f <- if (p > 0.5) function(x) (1 - p) - hp(x, k, df, TRUE) else function(x) hp(x, k, df) - p
  q0 <- if (df >= 2) qtukey(p, k, df) else 20
  uniroot(f, c(0.97, 1.03) * q0, tol = 1e-13, extendInt = "upX")$root
}
