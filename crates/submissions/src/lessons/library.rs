//! The library's popular searches, kept in the process while no lesson changes.
//!
//! A search kept here is the list of its matches' ids (up to [`LISTED`] newest first, or the
//! [`RANKED`] candidates by relevance), so each of its pages is one read of that page's
//! lessons by id. Only searches with more than a page of matches are kept (the few-match ones
//! are cheap to ask again, and would crowd out the rest), at most [`MAX_SEARCHES`] (past that
//! the keeping starts over, so a crawler cannot grow it).
//!
//! Everything kept is dropped when the lessons change: the database counts every change to
//! `lessons` and `lesson_topics`, and to what a listed lesson shows of its story, night and
//! chapter, in `lessons_changes` (triggers, migrations 0024 and 0038, whoever writes), read
//! again at once after this process commits anything and at most [`REREAD`] after the last
//! read otherwise, so a lesson published or withdrawn on another instance leaves every kept
//! search within that time. A page is read from `lessons` by id with `state = 'published'`,
//! so a withdrawn lesson is never shown from a kept list even then.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use failnight_core::{Db, with_db};

use super::{Order, PublicLesson, Query, RANKED, by_ids, facets, indexed, matching, search_words};

/// The most ids a newest-first search keeps (25 pages of 20); deeper pages are read each time.
pub const LISTED: i64 = 500;
/// Searches kept at most.
pub const MAX_SEARCHES: usize = 1_024;
/// The most `lessons_changes` is reused while this process commits nothing.
pub const REREAD: Duration = Duration::from_millis(250);

/// A page of a search ([`Library::page`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The lessons' ids in the search's order: a page, and one more when there is a next.
    /// A lesson withdrawn since [`Page::changes`] was read may be among them: read them with
    /// `state = 'published'`, as [`by_ids`] does.
    pub ids: Vec<i64>,
    /// The count of changes to the lessons (and to what a listed lesson shows of its story,
    /// night and chapter) the ids were chosen at: what is read of these lessons afterwards
    /// may be kept with it, until the count moves.
    pub changes: i64,
    /// Whether the page is asked for again and again, so that what is read for it is worth
    /// keeping: one of the first 500 (`LISTED`) lessons of browsing or of a search with more than
    /// a page of matches (the searches kept here); not a search of a few matches, nor a deep
    /// page.
    pub popular: bool,
}

/// What the process keeps of the library's searches (one per process, in the app's context).
#[derive(Default)]
pub struct Library {
    state: Mutex<Kept>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library").finish_non_exhaustive()
    }
}

/// Values read at a count of changes to the lessons (`lessons_changes.n`), kept while it stays:
/// a newer count drops them; a read at an older count (one that took longer than a change)
/// is neither served nor kept. The library's searches and facets here, each lesson's rendered
/// entry in the gateway.
#[derive(Debug, Default)]
pub struct AtChanges<T> {
    at: i64,
    values: T,
}

impl<T: Default> AtChanges<T> {
    /// The values kept at `n`, once those read before the lessons changed to `n` are dropped;
    /// `None` when `n` is older than what is kept.
    pub fn at(&mut self, n: i64) -> Option<&mut T> {
        if n > self.at {
            self.at = n;
            self.values = T::default();
        }
        (n == self.at).then_some(&mut self.values)
    }
}

#[derive(Default)]
struct Kept {
    /// `lessons_changes.n` as last read, when, and this process's commit count then.
    seen: Option<(i64, Instant, u64)>,
    searches: AtChanges<Searches>,
}

#[derive(Default)]
struct Searches {
    lists: HashMap<String, Arc<Vec<i64>>>,
    facets: Option<Arc<(Vec<i64>, Vec<String>)>>,
}

/// A search's key: everything that chooses its matches and their order, not the page.
fn key(query: &Query) -> String {
    format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        search_words(&query.words).join(" "),
        query.chapter.as_deref().unwrap_or(""),
        query.topic.map_or("", |t| t.as_str()),
        query.language.as_deref().unwrap_or(""),
        query.year.map_or(String::new(), |y| y.to_string()),
        if query.order == Order::Relevant { "relevant" } else { "newest" },
    )
}

impl Library {
    /// The count of changes to the lessons now (see the module docs).
    async fn changes(&self, db: &Db) -> Result<i64, sqlx::Error> {
        let commits = failnight_core::db::commits();
        if let Some((n, read, at_commits)) = self.state.lock().expect("library").seen
            && at_commits == commits
            && read.elapsed() < REREAD
        {
            return Ok(n);
        }
        let n: i64 = with_db!(db, |e| sqlx::query_scalar("SELECT n FROM lessons_changes").fetch_one(e).await)?;
        let mut state = self.state.lock().expect("library");
        if state.seen.is_none_or(|(seen, ..)| n >= seen) {
            state.seen = Some((n, Instant::now(), commits));
        }
        Ok(n)
    }

    /// Published lessons matching `query`: one page of `per_page`, plus one more when there is
    /// a next page (the caller shows `per_page` and a "next" link; no count of every match),
    /// its ids from the kept list of a popular search ([`Library::page`]).
    ///
    /// Every word must match (stemmed: "hiring" finds "hired"). "Newest" is published last
    /// first; "relevant" ranks the newest [`RANKED`] matches, best first ([`matching`]).
    pub async fn search(&self, db: &Db, query: &Query, per_page: i64) -> Result<Vec<PublicLesson>, sqlx::Error> {
        by_ids(db, &self.page(db, query, per_page).await?.ids).await
    }

    /// The ids of `query`'s page in its order (`per_page`, and one more when there is a next
    /// page), from the kept list of a popular search, with the count of changes to the lessons
    /// they were chosen at (see [`Page`]).
    pub async fn page(&self, db: &Db, query: &Query, per_page: i64) -> Result<Page, sqlx::Error> {
        let n = self.changes(db).await?;
        let from = query.page.max(0).saturating_mul(per_page);
        if !indexed(query) {
            let ids = matching(db, query, from, per_page + 1).await?;
            return Ok(Page { ids, changes: n, popular: from < LISTED });
        }
        let key = key(query);
        let kept = {
            let mut state = self.state.lock().expect("library");
            state.searches.at(n).and_then(|kept| kept.lists.get(&key).cloned())
        };
        let relevant = query.order == Order::Relevant && !search_words(&query.words).is_empty();
        let listed = if relevant { RANKED } else { LISTED };
        let ids = match kept {
            Some(ids) => ids,
            None => {
                let ids = Arc::new(matching(db, query, 0, listed + 1).await?);
                if ids.len() as i64 > per_page {
                    let mut state = self.state.lock().expect("library");
                    if let Some(kept) = state.searches.at(n) {
                        if kept.lists.len() >= MAX_SEARCHES {
                            kept.lists.clear();
                        }
                        kept.lists.insert(key, ids.clone());
                    }
                }
                ids
            }
        };
        let to = from.saturating_add(per_page + 1);
        // Past a truncated list: read from the database.
        if ids.len() as i64 > listed && to > listed {
            let ids = matching(db, query, from, per_page + 1).await?;
            return Ok(Page { ids, changes: n, popular: false });
        }
        let (from, to) = (from.min(ids.len() as i64) as usize, to.min(ids.len() as i64) as usize);
        Ok(Page { ids: ids[from..to].to_vec(), changes: n, popular: ids.len() as i64 > per_page })
    }

    /// [`facets`], kept until the lessons change.
    pub async fn facets(&self, db: &Db) -> Result<Arc<(Vec<i64>, Vec<String>)>, sqlx::Error> {
        let n = self.changes(db).await?;
        {
            let mut state = self.state.lock().expect("library");
            if let Some(kept) = state.searches.at(n).and_then(|kept| kept.facets.clone()) {
                return Ok(kept);
            }
        }
        let read = Arc::new(facets(db).await?);
        let mut state = self.state.lock().expect("library");
        if let Some(kept) = state.searches.at(n) {
            kept.facets = Some(read.clone());
        }
        Ok(read)
    }
}
