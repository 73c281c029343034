package org.numvert.sim;

import java.util.Arrays;

/**
 * The simulator's pending events: a binary heap on (time, insertion order), so that events at
 * the same instant happen in the order they were scheduled. Plain arrays, no boxing: the heap is
 * on the hot path of a run of millions of events.
 */
final class EventQueue {
    private SimEvent[] heap = new SimEvent[1024];
    private int size;
    private long seq;

    void add(SimEvent event) {
        event.seq = seq++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(event, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = event;
    }

    SimEvent poll() {
        SimEvent first = heap[0];
        SimEvent last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(last);
        }
        return first;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long peekTime() {
        return heap[0].time;
    }

    private void siftDown(SimEvent event) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(heap[right], heap[child])) {
                child = right;
            }
            if (!before(heap[child], event)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = event;
    }

    private static boolean before(SimEvent a, SimEvent b) {
        return a.time < b.time || (a.time == b.time && a.seq < b.seq);
    }
}
