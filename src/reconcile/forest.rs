//! A union-find forest over indices `0..n`: the groups of things found alike in pairs. A
//! group's root is its smallest index, so the groups come out the same whatever the order of
//! the pairs.

/// Union-find over `0..n` (path halving; the smaller root wins a union).
pub(crate) struct Forest {
    parent: Vec<usize>,
}

impl Forest {
    /// `n` singletons.
    pub(crate) fn new(n: usize) -> Forest {
        Forest {
            parent: (0..n).collect(),
        }
    }

    /// The root of `i`'s group (`i` itself out of range).
    pub(crate) fn root(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let up = self.parent.get(p).copied().unwrap_or(p);
            if let Some(x) = self.parent.get_mut(i) {
                *x = up;
            }
            i = p;
        }
        i
    }

    /// Joins the groups of `a` and `b`.
    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        if let Some(p) = self.parent.get_mut(hi) {
            *p = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Forest;

    #[test]
    fn groups_are_rooted_at_their_smallest_index_whatever_the_order() {
        let mut f = Forest::new(6);
        f.join(4, 2);
        f.join(5, 4);
        f.join(1, 3);
        let roots: Vec<usize> = (0..6).map(|i| f.root(i)).collect();
        assert_eq!(roots, vec![0, 1, 2, 1, 2, 2]);
        assert_eq!(f.root(9), 9);
    }
}
