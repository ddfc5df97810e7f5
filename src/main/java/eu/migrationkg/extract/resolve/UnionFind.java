package eu.migrationkg.extract.resolve;

/** Disjoint sets of candidate ids; the smallest id of a set is its root, so results do not depend on order. */
final class UnionFind {
    private int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
    }

    /** Room for ids below {@code size}; grows by half again at least, as candidates are added one by one. */
    void grow(int size) {
        if (size <= parent.length) return;
        int old = parent.length;
        parent = java.util.Arrays.copyOf(parent, Math.max(size, old + (old >> 1) + 16));
        for (int i = old; i < parent.length; i++) parent[i] = i;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** True when the two were in different sets. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) return false;
        if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
        return true;
    }
}
