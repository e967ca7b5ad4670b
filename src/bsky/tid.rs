//! Record keys chosen by the client (TIDs): microseconds since the epoch and a
//! clock id, base32-sortable. Choosing the key ourselves makes a retried create
//! land on the same record instead of posting twice.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

const ALPHABET: &[u8; 32] = b"234567abcdefghijklmnopqrstuvwxyz";
static LAST: AtomicU64 = AtomicU64::new(0);

/// A new TID, strictly greater than every earlier one from this process.
pub fn next() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_micros() as u64;
    // The closure always answers, so both arms hold the value it replaced.
    let last = match LAST.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |last| {
        Some(now.max(last + 1))
    }) {
        Ok(last) | Err(last) => last,
    };
    let micros = now.max(last + 1);
    let clock_id = u64::from(std::process::id()) & 0x3ff;
    encode(((micros & ((1 << 53) - 1)) << 10) | clock_id)
}

fn encode(mut value: u64) -> String {
    let mut out = [b'2'; 13];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(value & 31) as usize];
        value >>= 5;
    }
    out.iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tids_are_13_chars_and_increase() {
        let a = next();
        let b = next();
        assert_eq!(a.len(), 13);
        assert!(b > a, "{b} > {a}");
        assert!(a.chars().all(|c| ALPHABET.contains(&(c as u8))));
        // The top bit is zero, so the first character is from the lower half.
        assert!("234567abcdefghij".contains(&a[..1]));
    }
}
