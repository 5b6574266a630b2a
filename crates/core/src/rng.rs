//! The seeded generator of the randomised tests (property tests in the domain crates, the
//! chaos, crash and fuzz tests end to end): xorshift64*, small and reproducible from its
//! seed. Not for anything secret: tokens come from [`crate::token`].

/// xorshift64* from a seed; the same seed gives the same numbers.
pub struct Rng(pub u64);

impl Rng {
    /// A generator seeded from the environment variable `var` (to replay a run), else a new
    /// seed; the seed is printed with the test's output, which cargo shows when it fails.
    pub fn seeded(var: &str) -> (Rng, u64) {
        let seed = std::env::var(var).ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64 | 1)
        });
        println!("seed {seed}: replay with {var}={seed}");
        (Rng(seed), seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}
