//! A High Dynamic Range histogram: the data structure behind node's
//! `perf_hooks` histograms (`createHistogram`, `monitorEventLoopDelay`,
//! `timerify`'s `histogram` option).
//!
//! Node uses the HdrHistogram C library; the figures it reports (min, max,
//! mean, stddev, percentiles) are those of HdrHistogram's *buckets*, not of
//! the raw values, so this module reproduces its layout and its arithmetic
//! exactly rather than computing exact statistics:
//!
//! - Values are grouped in buckets whose width doubles from one bucket to
//!   the next; each bucket is split in `sub_bucket_count` slots, enough for
//!   `figures` significant decimal digits. A value is counted in one slot,
//!   and is then only known as that slot's range ("equivalent values").
//! - `min` is the lowest value of the smallest slot used, `max` the highest
//!   value of the largest; `mean` and `stddev` weight each slot's *median*
//!   value; `percentile(p)` is the highest value of the slot where the
//!   running count reaches `p`%.
//! - `percentiles()` walks the slots the way HdrHistogram's percentile
//!   iterator does (one tick per half distance: 0, 50, 75, 87.5, ... then
//!   100) and reports each slot's *lowest* value, as node does.

/// Largest `i64`, which HdrHistogram uses as "no minimum yet".
const NO_MIN: i64 = i64::MAX;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// `lowest < 1`, `figures` outside 1..=5, or `highest < 2 * lowest`.
    OutOfRange,
    /// The slot layout would need shifts past 61 bits (a large `lowest`
    /// with many significant figures).
    TooWide,
}

#[derive(Clone, Debug)]
pub struct Histogram {
    highest_trackable: i64,
    unit_magnitude: u32,
    sub_bucket_half_count_magnitude: u32,
    sub_bucket_half_count: i64,
    sub_bucket_count: i64,
    sub_bucket_mask: i64,
    counts: Vec<i64>,
    total_count: i64,
    /// The smallest non-zero value recorded (raw), or [`NO_MIN`].
    min_value: i64,
    /// The largest value recorded (raw), or 0.
    max_value: i64,
}

impl Histogram {
    /// A histogram tracking `lowest..=highest` to `figures` significant
    /// digits (HdrHistogram's `hdr_init`).
    pub fn new(lowest: i64, highest: i64, figures: u32) -> Result<Self, ConfigError> {
        if lowest < 1 || !(1..=5).contains(&figures) || lowest.saturating_mul(2) > highest {
            return Err(ConfigError::OutOfRange);
        }
        // The same floating-point steps as the C library, so that the
        // layout (and so every reported figure) is identical.
        let single_unit_resolution = 2.0 * 10f64.powi(figures as i32);
        let sub_bucket_count_magnitude = (single_unit_resolution.ln() / 2f64.ln()).ceil() as u32;
        let sub_bucket_half_count_magnitude = sub_bucket_count_magnitude.max(1) - 1;
        let unit_magnitude = ((lowest as f64).ln() / 2f64.ln()) as u32;
        if unit_magnitude + sub_bucket_half_count_magnitude > 61 {
            return Err(ConfigError::TooWide);
        }
        let sub_bucket_count = 1i64 << (sub_bucket_half_count_magnitude + 1);
        let sub_bucket_half_count = sub_bucket_count / 2;
        let sub_bucket_mask = (sub_bucket_count - 1) << unit_magnitude;

        // How many buckets it takes to reach `highest`.
        let mut smallest_untrackable = sub_bucket_count << unit_magnitude;
        let mut bucket_count = 1;
        while smallest_untrackable <= highest {
            if smallest_untrackable > i64::MAX / 2 {
                bucket_count += 1;
                break;
            }
            smallest_untrackable <<= 1;
            bucket_count += 1;
        }
        let counts_len = (bucket_count + 1) * sub_bucket_half_count as usize;
        Ok(Histogram {
            highest_trackable: highest,
            unit_magnitude,
            sub_bucket_half_count_magnitude,
            sub_bucket_half_count,
            sub_bucket_count,
            sub_bucket_mask,
            counts: vec![0; counts_len],
            total_count: 0,
            min_value: NO_MIN,
            max_value: 0,
        })
    }

    // ---- layout -----------------------------------------------------------

    fn bucket_index(&self, value: i64) -> i32 {
        // The smallest power of two containing the value (at least the
        // first bucket's span).
        let pow2ceiling = 64 - (value | self.sub_bucket_mask).leading_zeros() as i32;
        pow2ceiling - self.unit_magnitude as i32 - (self.sub_bucket_half_count_magnitude as i32 + 1)
    }

    fn sub_bucket_index(&self, value: i64, bucket: i32) -> i64 {
        value >> (bucket as u32 + self.unit_magnitude)
    }

    fn counts_index(&self, bucket: i32, sub_bucket: i64) -> i64 {
        (((bucket + 1) as i64) << self.sub_bucket_half_count_magnitude) + sub_bucket - self.sub_bucket_half_count
    }

    fn counts_index_for(&self, value: i64) -> i64 {
        let bucket = self.bucket_index(value);
        self.counts_index(bucket, self.sub_bucket_index(value, bucket))
    }

    /// The lowest value counted in slot `index`.
    fn value_at_index(&self, index: usize) -> i64 {
        let index = index as i64;
        let mut bucket = (index >> self.sub_bucket_half_count_magnitude) - 1;
        let mut sub_bucket = (index & (self.sub_bucket_half_count - 1)) + self.sub_bucket_half_count;
        if bucket < 0 {
            sub_bucket -= self.sub_bucket_half_count;
            bucket = 0;
        }
        sub_bucket << (bucket as u32 + self.unit_magnitude)
    }

    fn equivalent_range(&self, value: i64) -> i64 {
        let bucket = self.bucket_index(value);
        let sub_bucket = self.sub_bucket_index(value, bucket);
        let adjusted = if sub_bucket >= self.sub_bucket_count { bucket + 1 } else { bucket };
        1i64 << (self.unit_magnitude as i32 + adjusted)
    }

    pub fn lowest_equivalent(&self, value: i64) -> i64 {
        let bucket = self.bucket_index(value);
        self.sub_bucket_index(value, bucket) << (bucket as u32 + self.unit_magnitude)
    }

    pub fn highest_equivalent(&self, value: i64) -> i64 {
        self.lowest_equivalent(value).wrapping_add(self.equivalent_range(value)).wrapping_sub(1)
    }

    fn median_equivalent(&self, value: i64) -> i64 {
        self.lowest_equivalent(value).wrapping_add(self.equivalent_range(value) >> 1)
    }

    // ---- recording ----------------------------------------------------------

    /// Counts `value` `count` times; `false` (nothing counted) if it is
    /// negative or beyond the trackable range.
    pub fn record_n(&mut self, value: i64, count: i64) -> bool {
        if value < 0 || value > self.highest_trackable {
            return false;
        }
        let index = self.counts_index_for(value);
        if index < 0 || index as usize >= self.counts.len() {
            return false;
        }
        self.counts[index as usize] += count;
        self.total_count += count;
        if value > self.max_value {
            self.max_value = value;
        }
        if value != 0 && value < self.min_value {
            self.min_value = value;
        }
        true
    }

    pub fn record(&mut self, value: i64) -> bool {
        self.record_n(value, 1)
    }

    /// Adds every count of `other` (each at its slot's lowest value);
    /// returns how many could not be counted here.
    pub fn add(&mut self, other: &Histogram) -> i64 {
        let mut dropped = 0;
        for (index, &count) in other.counts.iter().enumerate() {
            if count != 0 && !self.record_n(other.value_at_index(index), count) {
                dropped += count;
            }
        }
        dropped
    }

    pub fn reset(&mut self) {
        self.counts.iter_mut().for_each(|c| *c = 0);
        self.total_count = 0;
        self.min_value = NO_MIN;
        self.max_value = 0;
    }

    // ---- statistics ---------------------------------------------------------

    pub fn count(&self) -> i64 {
        self.total_count
    }

    /// 0 if a value of slot 0 was recorded; `i64::MAX` when empty.
    pub fn min(&self) -> i64 {
        if self.counts[0] > 0 {
            0
        } else if self.min_value == NO_MIN {
            NO_MIN
        } else {
            self.lowest_equivalent(self.min_value)
        }
    }

    pub fn max(&self) -> i64 {
        if self.max_value == 0 {
            0
        } else {
            self.highest_equivalent(self.max_value)
        }
    }

    /// Slots with a count, as `(lowest value, count)`, in order.
    fn recorded(&self) -> impl Iterator<Item = (i64, i64)> + '_ {
        self.counts
            .iter()
            .enumerate()
            .filter(|(_, &c)| c != 0)
            .map(|(i, &c)| (self.value_at_index(i), c))
    }

    /// NaN when empty (0/0), as in node.
    pub fn mean(&self) -> f64 {
        // HdrHistogram sums in 64-bit integers, then divides.
        let total = self
            .recorded()
            .fold(0i64, |sum, (v, c)| sum.wrapping_add(c.wrapping_mul(self.median_equivalent(v))));
        total as f64 / self.total_count as f64
    }

    pub fn stddev(&self) -> f64 {
        let mean = self.mean();
        let total: f64 = self
            .recorded()
            .map(|(v, c)| {
                let dev = self.median_equivalent(v) as f64 - mean;
                dev * dev * c as f64
            })
            .sum();
        (total / self.total_count as f64).sqrt()
    }

    /// The highest value of the slot where the running count reaches `p`%
    /// (`p` in `(0, 100]`); 0-based slot of an empty histogram otherwise.
    pub fn percentile(&self, p: f64) -> i64 {
        let requested = p.min(100.0);
        let wanted = (((requested / 100.0) * self.total_count as f64) + 0.5) as i64;
        let wanted = wanted.max(1);
        let mut running = 0;
        let mut value = 0;
        for (index, &count) in self.counts.iter().enumerate() {
            running += count;
            if running >= wanted {
                value = self.value_at_index(index);
                break;
            }
        }
        if p == 0.0 {
            self.lowest_equivalent(value)
        } else {
            self.highest_equivalent(value)
        }
    }

    /// HdrHistogram's percentile iteration with one tick per half
    /// distance: `(percentile, lowest value of the slot)` pairs, ending
    /// with the 100th percentile.
    pub fn percentiles(&self) -> Vec<(f64, i64)> {
        let mut out = Vec::new();
        let total = self.total_count;
        // The iterator's position: the slot, its count, the running count.
        let mut index = 0usize;
        let mut count = 0i64;
        let mut cumulative = 0i64;
        let mut value = 0i64;
        let mut iterate_to = 0.0f64;
        if total > 0 {
            count = self.counts[0];
            cumulative = count;
        }
        // Each turn yields one percentile. Once every count has been
        // seen, the last one is the 100th, at the slot reached.
        let mut first = total > 0;
        'turns: while first || cumulative < total {
            first = false;
            loop {
                let current = (100.0 * cumulative as f64) / total as f64;
                if count != 0 && iterate_to <= current {
                    out.push((iterate_to, value));
                    let ticks = (((100.0 / (100.0 - iterate_to)).ln() / 2f64.ln()) as i64) + 1;
                    let half_distance = 2f64.powi(ticks as i32) as i64;
                    iterate_to += 100.0 / half_distance as f64;
                    continue 'turns;
                }
                if cumulative >= total || index + 1 >= self.counts.len() {
                    break 'turns;
                }
                index += 1;
                count = self.counts[index];
                cumulative += count;
                value = self.value_at_index(index);
            }
        }
        out.push((100.0, value));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAFE: i64 = 9_007_199_254_740_991;

    fn one_to_hundred() -> Histogram {
        let mut h = Histogram::new(1, SAFE, 3).unwrap();
        for v in 1..=100 {
            assert!(h.record(v));
        }
        h
    }

    // Expected figures are node v20's for the same recordings.
    #[test]
    fn empty() {
        let h = Histogram::new(1, SAFE, 3).unwrap();
        assert_eq!((h.min(), h.max(), h.count()), (i64::MAX, 0, 0));
        assert!(h.mean().is_nan() && h.stddev().is_nan());
        assert_eq!(h.percentiles(), vec![(100.0, 0)]);
        assert_eq!(h.percentile(50.0), 0);
    }

    #[test]
    fn one_to_a_hundred() {
        let h = one_to_hundred();
        assert_eq!((h.min(), h.max(), h.count()), (1, 100, 100));
        assert_eq!(h.mean(), 50.5);
        assert_eq!(h.stddev(), 28.86607004772212);
        assert_eq!(
            h.percentiles(),
            vec![
                (0.0, 1),
                (50.0, 50),
                (75.0, 75),
                (87.5, 88),
                (93.75, 94),
                (96.875, 97),
                (98.4375, 99),
                (99.21875, 100),
                (100.0, 100)
            ]
        );
        assert_eq!((h.percentile(99.0), h.percentile(99.9), h.percentile(0.0001)), (99, 100, 1));
    }

    #[test]
    fn wide_values() {
        let mut h = Histogram::new(1, SAFE, 3).unwrap();
        for v in [1, 1000, 2048, 5000, 123456, 1_000_000_000, 1 << 40] {
            h.record(v);
        }
        assert_eq!((h.min(), h.max()), (1, 1100585369599));
        assert_eq!(h.mean(), 157292672798.2857);
        assert_eq!(h.stddev(), 384878608916.8273);
        assert_eq!(
            h.percentiles(),
            vec![(0.0, 1), (50.0, 5000), (75.0, 999817216), (87.5, 1099511627776), (100.0, 1099511627776)]
        );
        assert!(h.record(SAFE));
        assert_eq!(h.max(), SAFE);
    }

    #[test]
    fn lowest_above_one() {
        let mut h = Histogram::new(1000, 1_000_000_000_000, 2).unwrap();
        for v in [1, 999, 1000, 1001, 5555, 123456, 1_000_000_000] {
            h.record(v);
        }
        assert_eq!((h.min(), h.max()), (0, 1002438655));
        assert_eq!(h.mean(), 142924726.85714287);
        assert_eq!(h.stddev(), 350038936.02084243);
        assert_eq!(
            h.percentiles(),
            vec![(0.0, 0), (50.0, 512), (75.0, 123392), (87.5, 998244352), (100.0, 998244352)]
        );
        assert_eq!((h.percentile(10.0), h.percentile(50.0), h.percentile(100.0)), (511, 1023, 1002438655));
    }

    #[test]
    fn figures_five_and_one() {
        let mut h = Histogram::new(1, SAFE, 5).unwrap();
        let mut g = Histogram::new(1, SAFE, 1).unwrap();
        for i in (1..=1000).step_by(7) {
            h.record(i * 1001);
            g.record(i * 13);
        }
        assert_eq!((h.min(), h.max(), h.mean()), (1001, 995995, 498498.36363636365));
        assert_eq!(h.stddev(), 289245.8682863195);
        assert_eq!(h.percentiles().len(), 10);
        assert_eq!(h.percentiles()[8], (99.609375, 995992));
        assert_eq!((g.min(), g.max(), g.mean()), (13, 13311, 6476.552447552447));
        assert_eq!(g.stddev(), 3757.820370847567);
        assert_eq!(
            g.percentiles(),
            vec![
                (0.0, 13),
                (50.0, 6400),
                (75.0, 9728),
                (87.5, 11264),
                (93.75, 11776),
                (96.875, 12288),
                (98.4375, 12288),
                (99.21875, 12800),
                (100.0, 12800)
            ]
        );
        assert_eq!((g.percentile(33.3), g.percentile(99.99)), (4351, 13311));
    }

    #[test]
    fn out_of_range_and_add() {
        let mut a = Histogram::new(1, 100, 3).unwrap();
        assert!(!a.record(1000));
        assert!(a.record(5));
        let mut b = Histogram::new(1, SAFE, 3).unwrap();
        b.record(7);
        assert_eq!(b.add(&a), 0);
        assert_eq!((b.count(), b.min(), b.max()), (2, 5, 7));
        let copy = b.clone();
        b.add(&copy);
        assert_eq!(b.count(), 4);
        let mut small = Histogram::new(2, 100, 3).unwrap();
        small.record(1);
        small.record(4);
        assert_eq!((small.min(), small.max(), small.mean(), small.stddev()), (0, 5, 3.0, 2.0));
        assert_eq!(small.percentiles(), vec![(0.0, 0), (50.0, 0), (75.0, 4), (100.0, 4)]);
    }

    #[test]
    fn bad_configurations() {
        assert_eq!(Histogram::new(0, 10, 3).unwrap_err(), ConfigError::OutOfRange);
        assert_eq!(Histogram::new(10, 15, 3).unwrap_err(), ConfigError::OutOfRange);
        assert_eq!(Histogram::new(1, 10, 6).unwrap_err(), ConfigError::OutOfRange);
        assert_eq!(Histogram::new(1 << 50, SAFE, 5).unwrap_err(), ConfigError::TooWide);
        assert!(Histogram::new(1000, i64::MAX, 3).is_ok());
    }
}
