package io.aiplatform.security.core.validate;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A mutable map in insertion order, as {@link java.util.LinkedHashMap} is, kept in one array of
 * keys and values: for the small mappings most of a manifest is made of (a selector, a port, a
 * peer), it is a quarter of a {@code LinkedHashMap}'s size, and a parsed platform holds about a
 * million of them. Lookups scan the array, so it is meant for a handful of entries; the parser
 * uses a {@code LinkedHashMap} above {@link #MAX_SCANNED}. Null keys and values are allowed.
 * Its views are not cached: iterating does not leave objects behind in the map.
 */
final class SmallMap<K, V> extends AbstractMap<K, V> {

    /** The largest mapping the parser keeps in a {@code SmallMap}. */
    static final int MAX_SCANNED = 8;

    private Object[] table; // key, value, key, value, ...
    private int size;
    private int modifications;

    SmallMap(int expected) {
        table = new Object[Math.max(1, expected) * 2];
    }

    @Override
    public int size() {
        return size;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(table[2 * i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) table[2 * i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        int i = indexOf(key);
        if (i >= 0) {
            V old = (V) table[2 * i + 1];
            table[2 * i + 1] = value;
            return old;
        }
        if (2 * size == table.length) {
            table = Arrays.copyOf(table, table.length * 2);
        }
        table[2 * size] = key;
        table[2 * size + 1] = value;
        size++;
        modifications++;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        V old = (V) table[2 * i + 1];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(table, 2 * i + 2, table, 2 * i, 2 * (size - i - 1));
        size--;
        table[2 * size] = null;
        table[2 * size + 1] = null;
        modifications++;
    }

    @Override
    public void clear() {
        Arrays.fill(table, 0, 2 * size, null);
        size = 0;
        modifications++;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Cursor<>() {
                    @Override
                    Entry<K, V> at(int i) {
                        return new Slot(i);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            @SuppressWarnings("unchecked")
            public Iterator<K> iterator() {
                return new Cursor<>() {
                    @Override
                    K at(int i) {
                        return (K) table[2 * i];
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            @SuppressWarnings("unchecked")
            public Iterator<V> iterator() {
                return new Cursor<>() {
                    @Override
                    V at(int i) {
                        return (V) table[2 * i + 1];
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Walks the entries in order; {@code remove} takes out the last one returned. */
    private abstract class Cursor<T> implements Iterator<T> {
        private int next;
        private int last = -1;
        private int expected = modifications;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return at(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modifications;
        }
    }

    /** An entry that reads and writes the map's array. */
    private final class Slot implements Map.Entry<K, V> {
        private final int index;

        Slot(int index) {
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) table[2 * index];
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getValue() {
            return (V) table[2 * index + 1];
        }

        @Override
        public V setValue(V value) {
            V old = getValue();
            table[2 * index + 1] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(getKey(), e.getKey())
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
