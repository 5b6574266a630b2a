//! Unguessable tokens (ticket links, API tokens) and their hashes.

use sha2::{Digest, Sha256};

/// A new random token: 192 bits from the operating system's CSPRNG, base64url without padding.
pub fn new_token() -> String {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    base64url(&bytes)
}

/// A random number, for jitter (not for secrets: use [`new_token`]).
pub fn random_u32() -> u32 {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    u32::from_le_bytes(bytes)
}

/// Whether `text` could be a token we made (or a longer one of the same alphabet): 1 to 64
/// characters of base64url. Anything else is never looked up: it names nothing, and some of it
/// (a NUL character) PostgreSQL would refuse to compare, which must not be a server error.
pub fn may_be_token(text: &str) -> bool {
    (1..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The SHA-256 of a token, hex-encoded: what is stored for secrets we never show again.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc4648_vectors() {
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(b"fooba"), "Zm9vYmE");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn tokens_are_long_distinct_and_url_safe() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(hash_token("x").len(), 64);
        assert!(may_be_token(&a) && may_be_token("x"));
        for text in ["", "a\0b", "a b", "a/b", "ä", &"x".repeat(65)] {
            assert!(!may_be_token(text), "{text:?}");
        }
    }
}
