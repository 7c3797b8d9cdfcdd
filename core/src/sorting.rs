//! Stable sorting through one small, non-generic merge sort.
//!
//! `slice::sort_by` is generic over the element and the comparison, and every call site on a
//! new pair compiles its own copy of the sort, about 4 KB of WebAssembly each; with a dozen
//! sites that was the largest single item of generic code in the browser module. Here one
//! merge sort orders positions with a comparison behind `dyn` (even one instantiation of
//! the standard sort was 4 KB; this is a few hundred bytes), and the items are then moved
//! into place by swaps, the only code that is generic over the items. The result is exactly
//! that of `sort_by`: stable, and for items that are only a few dozen or hundred (findings,
//! case numbers, a council's municipalities) the indirection costs nothing measurable.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably, as `items.sort_by(compare)` would.
pub(crate) fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    // The positions are 0..len, so indexing cannot fail.
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    move_into_order(items, order);
}

/// Sorts `items` by the key `key` gives, stably, as `items.sort_by_key(key)` would.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, stably.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` puts the items at those positions: merged
/// bottom-up, runs of one, two, four, … positions at a time.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = start.saturating_add(width).min(len);
            let end = middle.saturating_add(width).min(len);
            if let (Some(left), Some(right), Some(out)) = (
                order.get(start..middle),
                order.get(middle..end),
                merged.get_mut(start..end),
            ) {
                merge(left, right, out, compare);
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width = width.saturating_mul(2);
    }
    order
}

/// `left` and `right`, each in order, merged into `out`; of equal items the left one first,
/// which keeps the sort stable.
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (mut i, mut j) = (0, 0);
    for slot in out {
        *slot = match (left.get(i), right.get(j)) {
            (Some(&a), Some(&b)) if compare(b, a) == Ordering::Less => {
                j += 1;
                b
            }
            (Some(&a), _) => {
                i += 1;
                a
            }
            (None, Some(&b)) => {
                j += 1;
                b
            }
            (None, None) => break,
        };
    }
}

/// Rearranges `items` so that the item at position `k` afterwards is the one that was at
/// `order[k]`, following each cycle of the permutation with swaps.
fn move_into_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        // `order[k] == k` marks a position that holds its final item.
        let mut k = start;
        while order[k] != k {
            let source = order[k];
            order[k] = k;
            if source == start {
                // The item that was at `start` has been carried along to `k`: it belongs here.
                break;
            }
            items.swap(k, source);
            k = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut ours = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        let mut standard = ours.clone();
        sort_by(&mut ours, |x, y| x.0.cmp(&y.0));
        standard.sort_by_key(|x| x.0);
        assert_eq!(ours, standard);
        assert_eq!(ours, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn every_permutation_of_five_comes_out_sorted() {
        // All 120 orders of five items, two of them equal in key: each must end as the
        // standard stable sort leaves it.
        let items = [(3, 0), (1, 1), (4, 2), (1, 3), (5, 4)];
        let mut orders = vec![Vec::new()];
        for _ in 0..items.len() {
            orders = orders
                .into_iter()
                .flat_map(|prefix: Vec<usize>| {
                    (0..items.len())
                        .filter(|i| !prefix.contains(i))
                        .map(|i| [prefix.clone(), vec![i]].concat())
                        .collect::<Vec<_>>()
                })
                .collect();
        }
        assert_eq!(orders.len(), 120);
        for order in orders {
            let mut ours: Vec<(i32, i32)> = order.iter().map(|&i| items[i]).collect();
            let mut standard = ours.clone();
            sort_by_key(&mut ours, |x| x.0);
            standard.sort_by_key(|x| x.0);
            assert_eq!(ours, standard, "from {order:?}");
        }
    }

    #[test]
    fn long_lists_with_many_ties_come_out_as_the_standard_sort_leaves_them() {
        // Lengths around powers of two, where runs of the merge end unevenly.
        for len in [2, 3, 7, 8, 9, 31, 32, 33, 100, 1000] {
            let mut state = 7_u32;
            let mut ours: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((state >> 16) % 10, i)
                })
                .collect();
            let mut standard = ours.clone();
            sort_by_key(&mut ours, |x| x.0);
            standard.sort_by_key(|x| x.0);
            assert_eq!(ours, standard, "length {len}");
        }
    }

    #[test]
    fn an_inconsistent_comparison_still_ends_with_every_item_once() {
        let mut items: Vec<usize> = (0..50).collect();
        let mut calls = 0_u32;
        sort_by(&mut items, |_, _| {
            calls += 1;
            if calls % 3 == 0 {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        });
        let mut seen = items.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn natural_order_and_the_empty_and_single_cases() {
        let mut words = vec!["c", "a", "b"];
        sort(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }
}
