/**
 * Treatment allocation for clinical trials, headless and reproducible: allocation lists by
 * simple randomization, permuted blocks and stratified permuted blocks, Pocock-Simon
 * minimization, simulation diagnostics to compare schemes before a list goes live, and
 * sealed emergency envelopes per site. This layer knows arms, factors and sites by their ids
 * only.
 *
 * <h2>Reproducibility: the recorded plan</h2>
 * A {@link org.stroma.randomization.RandomizationPlan} records the scheme (method, arms and
 * ratio, block multiples, factors, preferred-arm probability, list length), a 16-byte
 * {@link org.stroma.randomization.Seed} and the algorithm version. The same plan always gives
 * the same list. Everything below is the algorithm of version
 * {@value org.stroma.randomization.RandomizationPlan#ALGORITHM_VERSION}; it is written out so
 * that a statistician can regenerate a list independently. Changing any of it means a new
 * {@code ALGORITHM_VERSION}, and old plans keep the version they were made with.
 *
 * <h2>Seeds</h2>
 * Fresh seeds are 16 bytes from {@link java.security.SecureRandom} (the platform CSPRNG,
 * {@code new SecureRandom()}, which does not block), so nobody can choose or foresee a seed.
 *
 * <h2>Pseudo-random generator</h2>
 * Apache Commons RNG 1.6, {@code RandomSource.XO_RO_SHI_RO_128_PP} (xoroshiro128++ 1.0 of
 * Blackman and Vigna). Commons RNG guarantees that a generator's output for a given seed does
 * not change between releases.
 *
 * <h2>Independent streams</h2>
 * Each stratum and each purpose has its own stream, so that adding a stratum or drawing an
 * emergency list never shifts another list. A stream is identified by a label:
 * <ul>
 * <li>{@code stratum:all} for the single list of simple randomization and permuted blocks;</li>
 * <li>{@code stratum:<key>} for a stratum of stratified blocks, the key being the factor
 * levels in factor order, e.g. {@code stratum:site=SITE-A|sex=F};</li>
 * <li>{@code minimization:<n>} for the n-th minimization decision (1-based);</li>
 * <li>{@code emergency:<siteId>} for the sealed emergency envelopes of a site.</li>
 * </ul>
 * The stream's seed is the first 16 bytes of SHA-256(seed bytes || UTF-8 bytes of the label).
 * Those 16 bytes, read as two big-endian 64-bit integers (bytes 0-7, then 8-15), are passed as
 * the {@code long[]} native seed (the xoroshiro128 state s0, s1) to
 * {@code RandomSource.XO_RO_SHI_RO_128_PP.create(long[])}.
 *
 * <h2>Draws</h2>
 * Bounded integers are Commons RNG's {@code nextInt(n)} (Lemire's method on 32-bit draws;
 * each 64-bit output gives two 32-bit draws, low half first) and probabilities are
 * {@code nextDouble()} = (64-bit output &gt;&gt;&gt; 11) &times; 2<sup>-53</sup>. With the
 * arms in the order of the scheme and R the sum of the ratio weights:
 * <ul>
 * <li><b>Simple</b>: for each entry r = {@code nextInt(R)}; the arm is the first whose
 * cumulative weight exceeds r (1:1 with arms A, B: r = 0 gives A, r = 1 gives B).</li>
 * <li><b>Permuted blocks</b>, block by block: m = multiples[{@code nextInt(k)}] with k the
 * number of block multiples (drawn even when k = 1), so the block size m&middot;R is uniform
 * among the allowed sizes; the block is filled with each arm weight&middot;m times, in scheme
 * order; then it is shuffled by Fisher-Yates from the last index i down to 1, swapping i with
 * j = {@code nextInt(i + 1)}. A list ends on a block boundary, so it holds at least the
 * requested length, rounded up to whole blocks. A longer list from the same plan starts with
 * the shorter one.</li>
 * <li><b>Stratified blocks</b>: the strata are the cross product of the factors' levels (the
 * first factor varying slowest); each stratum gets its own permuted-block list from its own
 * stream.</li>
 * <li><b>Minimization</b> (Pocock and Simon 1975): see
 * {@link org.stroma.randomization.MinimizationRandomizer} for the imbalance score; the draws
 * from stream {@code minimization:<n>} are, in this order: for the first subject or a tie of
 * all arms, r = {@code nextInt(R)} picks an arm in proportion to the weights and nothing more
 * is drawn; otherwise, if several arms share the lowest score, {@code nextInt(count)} picks
 * one of them; then u = {@code nextDouble()}; if u &lt; the preferred-arm probability the
 * preferred arm is taken, else {@code nextInt(arms - 1)} picks among the other arms in scheme
 * order.</li>
 * <li><b>Emergency envelopes</b>: permuted blocks as above from stream
 * {@code emergency:<siteId>}, numbered from 1.</li>
 * </ul>
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.randomization;
