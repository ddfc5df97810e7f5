package eu.migrationkg.extract.resolve;

/** Disjoint sets of candidate ids; the smallest id of a set is its root, so results do not depend on order. */
final class UnionFind {
    private int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
    }

    void grow(int size) {
        if (size <= parent.length) return;
        int old = parent.length;
        parent = java.util.Arrays.copyOf(parent, size);
        for (int i = old; i < size; i++) parent[i] = i;
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
