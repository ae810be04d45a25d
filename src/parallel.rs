//! Work across documents on several threads, with results in input order.
//!
//! [`map_ordered`] reads items from an iterator on the calling thread, hands them to worker
//! threads through a queue, and passes the results to a sink on the calling thread **in input
//! order**, whatever order the workers finish in. At most a fixed window of items is in flight
//! (read and not yet handed to the sink), so memory does not grow with the number of items: a
//! slow item holds back at most the window behind it.
//!
//! The output is the same as the sequential `for item in items { sink(f(item))? }`, which is what
//! runs with one thread, without the `parallel` feature, or for a single item; a property test
//! (`tests/parallel.rs`) checks the two against each other.
//!
//! ```
//! use concord::parallel::map_ordered;
//! let mut out = Vec::new();
//! let r: Result<(), ()> = map_ordered(1..=100u64, 4, |n| n * n, |sq| {
//!     out.push(sq);
//!     Ok(())
//! });
//! assert!(r.is_ok());
//! assert_eq!(out, (1..=100u64).map(|n| n * n).collect::<Vec<_>>());
//! ```

/// The number of worker threads for a request: `0` means one per available core.
///
/// Without the `parallel` feature this is always 1.
pub fn threads(requested: usize) -> usize {
    if !cfg!(feature = "parallel") {
        return 1;
    }
    match requested {
        0 => std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        n => n,
    }
}

/// How many items may be in flight per worker thread: enough to keep every worker busy when
/// documents differ in size, few enough to bound memory.
#[cfg(feature = "parallel")]
const WINDOW_PER_THREAD: usize = 4;

/// Applies `f` to every item on `threads` threads (`0`: one per core) and hands each result to
/// `sink` in input order; stops at the first error the sink returns and returns it.
///
/// Items are read from `items` on the calling thread, and `sink` runs on the calling thread.
/// At most `4 × threads` items are in flight at once. A panic in `f` is carried to the caller.
pub fn map_ordered<I, T, R, F, S, E>(items: I, threads: usize, f: F, mut sink: S) -> Result<(), E>
where
    I: IntoIterator<Item = T>,
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    let threads = self::threads(threads);
    let mut items = items.into_iter().peekable();
    if threads <= 1 {
        return items.try_for_each(|item| sink(f(item)));
    }
    let Some(first) = items.next() else {
        return Ok(());
    };
    if items.peek().is_none() {
        // One item: no thread is worth starting.
        return sink(f(first));
    }
    #[cfg(feature = "parallel")]
    {
        threaded::run(
            std::iter::once(first).chain(items),
            threads,
            threads.saturating_mul(WINDOW_PER_THREAD),
            &f,
            &mut sink,
        )
    }
    #[cfg(not(feature = "parallel"))]
    {
        std::iter::once(first)
            .chain(items)
            .try_for_each(|item| sink(f(item)))
    }
}

#[cfg(feature = "parallel")]
mod threaded {
    use std::collections::BTreeMap;
    use std::panic::{self, AssertUnwindSafe};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{mpsc, Mutex};

    /// The threaded path of [`super::map_ordered`]: a work queue that the calling thread keeps
    /// at most `window` items ahead of the sink, workers that send `(index, result)` back, and
    /// a reorder buffer that releases results in index order.
    pub(super) fn run<I, T, R, F, S, E>(
        mut items: I,
        threads: usize,
        window: usize,
        f: &F,
        sink: &mut S,
    ) -> Result<(), E>
    where
        I: Iterator<Item = T>,
        T: Send,
        R: Send,
        F: Fn(T) -> R + Sync,
        S: FnMut(R) -> Result<(), E>,
    {
        let window = window.max(1);
        let stop = AtomicBool::new(false);
        let (work_tx, work_rx) = mpsc::channel::<(usize, T)>();
        let work_rx = Mutex::new(work_rx);
        let (done_tx, done_rx) = mpsc::channel::<(usize, std::thread::Result<R>)>();

        std::thread::scope(|scope| {
            for _ in 0..threads {
                let done_tx = done_tx.clone();
                let (work_rx, stop) = (&work_rx, &stop);
                scope.spawn(move || loop {
                    // The lock is held only while waiting for the next item, not while working.
                    let next = match work_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((index, item)) = next else {
                        return; // the queue is closed: no more work
                    };
                    if stop.load(Ordering::Relaxed) {
                        continue; // the caller gave up: drain the queue without working
                    }
                    let result = panic::catch_unwind(AssertUnwindSafe(|| f(item)));
                    if done_tx.send((index, result)).is_err() {
                        return;
                    }
                });
            }
            drop(done_tx);

            let mut pending: BTreeMap<usize, R> = BTreeMap::new();
            let (mut read, mut written) = (0usize, 0usize);
            let mut exhausted = false;
            let outcome = 'run: loop {
                while !exhausted && read - written < window {
                    match items.next() {
                        Some(item) => {
                            if work_tx.send((read, item)).is_err() {
                                exhausted = true; // every worker is gone; collect what is out
                            }
                            read += 1;
                        }
                        None => exhausted = true,
                    }
                }
                if written == read {
                    break Ok(());
                }
                let Ok((index, result)) = done_rx.recv() else {
                    // Every worker is gone with work outstanding; cannot happen while the queue
                    // is open, as workers only leave when it closes.
                    break Ok(());
                };
                match result {
                    Ok(r) => {
                        pending.insert(index, r);
                    }
                    Err(payload) => {
                        stop.store(true, Ordering::Relaxed);
                        drop(work_tx);
                        panic::resume_unwind(payload);
                    }
                }
                while let Some(r) = pending.remove(&written) {
                    written += 1;
                    if let Err(e) = sink(r) {
                        break 'run Err(e);
                    }
                }
            };
            stop.store(true, Ordering::Relaxed);
            drop(work_tx);
            outcome
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_the_finishing_order() {
        let mut out = Vec::new();
        let r: Result<(), ()> = map_ordered(
            0..200u64,
            3,
            |n| {
                // Early items are slower, so workers finish out of order.
                std::thread::sleep(std::time::Duration::from_micros((200 - n) % 7 * 50));
                n
            },
            |n| {
                out.push(n);
                Ok(())
            },
        );
        assert_eq!(r, Ok(()));
        assert_eq!(out, (0..200).collect::<Vec<_>>());
    }

    #[test]
    fn a_sink_error_stops_the_run_and_is_returned() {
        let mut seen = 0;
        let r = map_ordered(
            0..10_000u32,
            2,
            |n| n,
            |n| {
                seen += 1;
                if n == 10 {
                    Err("stop")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(r, Err("stop"));
        assert_eq!(seen, 11);
    }

    #[test]
    fn empty_and_single_inputs() {
        let r: Result<(), ()> = map_ordered(std::iter::empty::<u8>(), 4, |n| n, |_| Err(()));
        assert_eq!(r, Ok(()));
        let mut out = Vec::new();
        let r: Result<(), ()> = map_ordered(
            [7],
            4,
            |n| n + 1,
            |n| {
                out.push(n);
                Ok(())
            },
        );
        assert_eq!((r, out), (Ok(()), vec![8]));
    }

    #[test]
    #[cfg(feature = "parallel")]
    fn a_panic_in_a_worker_reaches_the_caller() {
        let r = std::panic::catch_unwind(|| {
            let _: Result<(), ()> = map_ordered(
                0..100u32,
                2,
                |n| {
                    assert!(n != 50, "boom");
                    n
                },
                |_| Ok(()),
            );
        });
        assert!(r.is_err());
    }

    #[test]
    fn zero_threads_means_every_core() {
        assert!(threads(0) >= 1);
        assert_eq!(threads(1), 1);
    }
}
