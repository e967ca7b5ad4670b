//! Sealing secrets kept in the database (AES-256-GCM, a fresh nonce each
//! time), with the state key from the operator's credential file. A row
//! sealed for one purpose cannot be passed off as another: the purpose and
//! the row's key are bound in as associated data.

use std::path::Path;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};

use crate::error::{Error, Result, io_error};

#[derive(Clone)]
pub struct Sealer(Arc<LessSafeKey>);

impl Sealer {
    /// The key in `path`: 32 bytes, base64-encoded (what `hosted keygen` writes).
    pub fn from_file(path: &Path) -> Result<Sealer> {
        let text =
            std::fs::read_to_string(path).map_err(|e| io_error("read the state key", path, e))?;
        Sealer::from_base64(text.trim()).map_err(|why| {
            Error::config(format!("the state key in {} {why}", path.display()))
                .with_help("make one with `mcp-bluesky hosted keygen --out DIR`")
        })
    }

    fn from_base64(text: &str) -> std::result::Result<Sealer, String> {
        let bytes = STANDARD
            .decode(text)
            .map_err(|_| "is not base64".to_string())?;
        let key = UnboundKey::new(&AES_256_GCM, &bytes)
            .map_err(|_| format!("is {} bytes; it must be 32", bytes.len()))?;
        Ok(Sealer(Arc::new(LessSafeKey::new(key))))
    }

    /// A new key, base64-encoded.
    pub fn generate() -> Result<String> {
        let mut key = [0u8; 32];
        SystemRandom::new()
            .fill(&mut key)
            .map_err(|_| Error::io("the system's random source failed"))?;
        Ok(STANDARD.encode(key))
    }

    /// `plain` sealed for `purpose` and `row`: nonce, then ciphertext and tag.
    pub fn seal(&self, purpose: &str, row: &str, plain: &[u8]) -> Result<Vec<u8>> {
        let mut nonce = [0u8; NONCE_LEN];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| Error::io("the system's random source failed"))?;
        let mut out = plain.to_vec();
        self.0
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(associated(purpose, row)),
                &mut out,
            )
            .map_err(|_| Error::io("cannot seal a secret"))?;
        let mut sealed = nonce.to_vec();
        sealed.append(&mut out);
        Ok(sealed)
    }

    /// What [`Self::seal`] sealed with this key for the same purpose and row.
    pub fn open(&self, purpose: &str, row: &str, sealed: &[u8]) -> Result<Vec<u8>> {
        let wrong = || {
            Error::config(format!(
                "a stored {purpose} cannot be opened with this state key"
            ))
            .with_help("the state key file must be the one the database was written with")
        };
        if sealed.len() < NONCE_LEN {
            return Err(wrong());
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| wrong())?;
        let mut body = body.to_vec();
        let plain = self
            .0
            .open_in_place(nonce, Aad::from(associated(purpose, row)), &mut body)
            .map_err(|_| wrong())?;
        Ok(plain.to_vec())
    }
}

fn associated(purpose: &str, row: &str) -> Vec<u8> {
    format!("{purpose}\0{row}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealer() -> Sealer {
        Sealer::from_base64(&Sealer::generate().unwrap()).unwrap()
    }

    #[test]
    fn what_is_sealed_opens_only_for_its_purpose_row_and_key() {
        let key = sealer();
        let sealed = key.seal("session", "did:plc:a", b"secret").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"secret"));
        assert_eq!(
            key.open("session", "did:plc:a", &sealed).unwrap(),
            b"secret"
        );
        assert!(key.open("session", "did:plc:b", &sealed).is_err());
        assert!(key.open("login", "did:plc:a", &sealed).is_err());
        assert!(sealer().open("session", "did:plc:a", &sealed).is_err());
        assert!(key.open("session", "did:plc:a", &sealed[..5]).is_err());
        // Two seals of the same text differ (fresh nonces).
        assert_ne!(sealed, key.seal("session", "did:plc:a", b"secret").unwrap());
    }

    #[test]
    fn keys_must_be_32_bytes_of_base64() {
        assert!(
            Sealer::from_base64("not base64!")
                .err()
                .unwrap()
                .contains("base64")
        );
        let short = STANDARD.encode([0u8; 16]);
        assert!(
            Sealer::from_base64(&short)
                .err()
                .unwrap()
                .contains("16 bytes")
        );
    }
}
