//! Each listed lesson's entry (`<li>`) as rendered, per language, kept while the lessons do
//! not change: the library's pages and a chapter's page are put together from them.
//!
//! An entry is kept with the count of changes to the lessons it was read at
//! (`lessons::Library::page`), which moves with every change to a lesson, its topics, and
//! what its entry shows of its story, night and chapter (migrations 0024 and 0038), whoever
//! writes. A count newer than the kept one drops every entry; an entry read at an older count
//! than the kept one is shown but not kept (`lessons::AtChanges`, as the library's searches). A kept search's page is then one lookup a lesson
//! instead of a read of the lessons and their rendering (docs/benchmarks.md,
//! `lessons-search`).
//!
//! At most two generations of [`GENERATION`] entries are kept: when the newer is full, the
//! older is dropped and the newer becomes it; an entry found in the older moves to the newer.
//! What is shown often stays, what was shown once goes, and the memory stays bounded
//! (about 700 bytes an entry).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use failnight_core::Lang;
use failnight_submissions::lessons::AtChanges;

/// Entries a generation holds at most.
pub const GENERATION: usize = 32_768;

type Key = (i64, Lang);

#[derive(Default)]
struct Generations {
    newer: HashMap<Key, Arc<str>>,
    older: HashMap<Key, Arc<str>>,
}

/// The kept entries (one per process, in the gateway's state).
#[derive(Default)]
pub struct Entries {
    kept: Mutex<AtChanges<Generations>>,
}

impl std::fmt::Debug for Entries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entries").finish_non_exhaustive()
    }
}

impl Generations {
    /// Keeps `entry` in the newer generation, which becomes the older one when full.
    fn insert(&mut self, key: Key, entry: Arc<str>) {
        if self.newer.len() >= GENERATION {
            self.older = std::mem::take(&mut self.newer);
        }
        self.newer.insert(key, entry);
    }
}

impl Entries {
    /// The kept entry of each of `ids` in `lang` (in their order), at the count `n`.
    pub fn get(&self, n: i64, lang: Lang, ids: &[i64]) -> Vec<Option<Arc<str>>> {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let Some(kept) = kept.at(n) else { return vec![None; ids.len()] };
        ids.iter()
            .map(|&id| {
                let key = (id, lang);
                if let Some(entry) = kept.newer.get(&key) {
                    return Some(entry.clone());
                }
                let entry = kept.older.remove(&key)?;
                kept.insert(key, entry.clone());
                Some(entry)
            })
            .collect()
    }

    /// Keeps `made`, entries in `lang` read at the count `n`.
    pub fn put(&self, n: i64, lang: Lang, made: impl IntoIterator<Item = (i64, Arc<str>)>) {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(kept) = kept.at(n) {
            for (id, entry) in made {
                kept.insert((id, lang), entry);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Arc<str> {
        Arc::from(text)
    }

    #[test]
    fn a_change_drops_every_entry_and_an_older_read_is_not_kept() {
        let entries = Entries::default();
        entries.put(3, Lang::En, [(1, entry("one")), (2, entry("two"))]);
        assert_eq!(entries.get(3, Lang::En, &[2, 1, 9]), [Some(entry("two")), Some(entry("one")), None]);
        assert_eq!(entries.get(3, Lang::Es, &[1]), [None], "per language");
        // Read before the change that is kept now: shown, not kept, and nothing served to it.
        assert_eq!(entries.get(2, Lang::En, &[1]), [None]);
        entries.put(2, Lang::En, [(3, entry("old three"))]);
        assert_eq!(entries.get(3, Lang::En, &[3]), [None]);
        // The lessons changed: nothing kept before is served.
        assert_eq!(entries.get(4, Lang::En, &[1, 2]), [None, None]);
        entries.put(4, Lang::En, [(1, entry("new one"))]);
        assert_eq!(entries.get(4, Lang::En, &[1]), [Some(entry("new one"))]);
    }

    #[test]
    fn what_is_shown_often_stays_and_the_memory_is_bounded() {
        let entries = Entries::default();
        entries.put(1, Lang::En, [(0, entry("often"))]);
        for id in 1..(3 * GENERATION as i64) {
            entries.put(1, Lang::En, [(id, entry("once"))]);
            if id % 1_000 == 0 {
                assert!(entries.get(1, Lang::En, &[0])[0].is_some(), "lost at {id}");
            }
        }
        let mut kept = entries.kept.lock().unwrap();
        let generations = kept.at(1).unwrap();
        assert!(generations.newer.len() <= GENERATION && generations.older.len() <= GENERATION);
        drop(kept);
        assert!(entries.get(1, Lang::En, &[1])[0].is_none(), "shown once, long ago");
    }
}
