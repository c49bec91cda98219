//! The block functions of crypto/md5, sha1, sha256 and sha512: the one loop of each hash
//! that is worth running natively (interpreted, SHA-256 took 3.5 s a megabyte). The Go
//! side keeps the state, buffering and padding; it passes the state words and the round
//! constants as slices of its arrays, which the functions read and update in place.

use std::cell::Cell;

use super::NativeFn;
use crate::runtime::frame::Frame;
use crate::runtime::value::Value;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "crypto/md5.blockNative" => md5_block,
        "crypto/sha1.blockNative" => sha1_block,
        "crypto/sha256.blockNative" => sha256_block,
        "crypto/sha512.blockNative" => sha512_block,
        _ => return None,
    })
}

fn words(v: &Value) -> &[Cell<u64>] {
    match v {
        Value::Slice(s) => s.words(),
        _ => &[],
    }
}

fn bytes(v: &Value) -> Vec<u8> {
    words(v).iter().map(|w| w.get() as u8).collect()
}

/// State words as u32 (or u64), and back into the Go array.
fn load32<const N: usize>(w: &[Cell<u64>]) -> [u32; N] {
    std::array::from_fn(|i| w.get(i).map_or(0, |c| c.get() as u32))
}

fn store32(w: &[Cell<u64>], s: &[u32]) {
    for (c, &x) in w.iter().zip(s) {
        c.set(x as u64);
    }
}

fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

/// `blockNative(s []uint32, p []byte, t []uint32)`: RFC 1321's rounds over each 64-byte
/// block; t is the sine table.
fn md5_block(_: &mut Frame, a: &[Value]) {
    const SHIFTS: [[u32; 4]; 4] = [[7, 12, 17, 22], [5, 9, 14, 20], [4, 11, 16, 23], [6, 10, 15, 21]];
    let (sw, p) = (words(&a[0]), bytes(&a[1]));
    let t: [u32; 64] = load32(words(&a[2]));
    let mut s: [u32; 4] = load32(sw);
    for block in p.chunks_exact(64) {
        let x: [u32; 16] = std::array::from_fn(|i| {
            u32::from_le_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]])
        });
        let [mut aa, mut b, mut c, mut d] = s;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(aa).wrapping_add(t[i]).wrapping_add(x[g]);
            aa = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(SHIFTS[i / 16][i % 4]));
        }
        for (st, v) in s.iter_mut().zip([aa, b, c, d]) {
            *st = st.wrapping_add(v);
        }
    }
    store32(sw, &s);
}

/// `blockNative(h []uint32, p []byte)`: RFC 3174's 80 rounds over each 64-byte block.
fn sha1_block(_: &mut Frame, a: &[Value]) {
    let (hw, p) = (words(&a[0]), bytes(&a[1]));
    let mut h: [u32; 5] = load32(hw);
    let mut w = [0u32; 80];
    for block in p.chunks_exact(64) {
        for i in 0..16 {
            w[i] = be32(&block[4 * i..]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut aa, mut b, mut c, mut d, mut e] = h;
        for (i, &wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5A82_7999),
                1 => (b ^ c ^ d, 0x6ED9_EBA1),
                2 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
                _ => (b ^ c ^ d, 0xCA62_C1D6),
            };
            let t = aa.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(wi).wrapping_add(k);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = aa;
            aa = t;
        }
        for (st, v) in h.iter_mut().zip([aa, b, c, d, e]) {
            *st = st.wrapping_add(v);
        }
    }
    store32(hw, &h);
}

/// `blockNative(h []uint32, p []byte, k []uint32)`: FIPS 180-4's SHA-256 compression.
fn sha256_block(_: &mut Frame, a: &[Value]) {
    let (hw, p) = (words(&a[0]), bytes(&a[1]));
    let k: [u32; 64] = load32(words(&a[2]));
    let mut h: [u32; 8] = load32(hw);
    let mut w = [0u32; 64];
    for block in p.chunks_exact(64) {
        for i in 0..16 {
            w[i] = be32(&block[4 * i..]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = s1.wrapping_add(w[i - 7]).wrapping_add(s0).wrapping_add(w[i - 16]);
        }
        let mut v = h;
        for i in 0..64 {
            let [aa, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(k[i]).wrapping_add(w[i]);
            let s0 = aa.rotate_right(2) ^ aa.rotate_right(13) ^ aa.rotate_right(22);
            let maj = (aa & b) ^ (aa & c) ^ (b & c);
            v = [t1.wrapping_add(s0).wrapping_add(maj), aa, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (st, x) in h.iter_mut().zip(v) {
            *st = st.wrapping_add(x);
        }
    }
    store32(hw, &h);
}

/// `blockNative(h []uint64, p []byte, k []uint64)`: FIPS 180-4's SHA-512 compression.
fn sha512_block(_: &mut Frame, a: &[Value]) {
    let (hw, p, kw) = (words(&a[0]), bytes(&a[1]), words(&a[2]));
    let k: [u64; 80] = std::array::from_fn(|i| kw.get(i).map_or(0, Cell::get));
    let mut h: [u64; 8] = std::array::from_fn(|i| hw.get(i).map_or(0, Cell::get));
    let mut w = [0u64; 80];
    for block in p.chunks_exact(128) {
        for i in 0..16 {
            let mut b = [0u8; 8];
            b.copy_from_slice(&block[8 * i..8 * i + 8]);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = s1.wrapping_add(w[i - 7]).wrapping_add(s0).wrapping_add(w[i - 16]);
        }
        let mut v = h;
        for i in 0..80 {
            let [aa, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(k[i]).wrapping_add(w[i]);
            let s0 = aa.rotate_right(28) ^ aa.rotate_right(34) ^ aa.rotate_right(39);
            let maj = (aa & b) ^ (aa & c) ^ (b & c);
            v = [t1.wrapping_add(s0).wrapping_add(maj), aa, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (st, x) in h.iter_mut().zip(v) {
            *st = st.wrapping_add(x);
        }
    }
    for (c, x) in hw.iter().zip(h) {
        c.set(x);
    }
}
