package io.github.camelmartech.soak;

import java.util.Map;

/**
 * One minute's measurement of the connectors' JVM, and the work done so far.
 *
 * @param minute         minutes since the start
 * @param heapAfterGcMb  heap in use right after a full collection, in MiB: what the application keeps alive
 * @param threads        live threads
 * @param tcpConnections established TCP connections of this process (to the vendor, and the vendor's callbacks to the
 *                       webhook)
 * @param fileDescriptors open file descriptors (files, sockets, pipes)
 * @param counters       work and failures so far (SMS sent, callbacks received, items polled, faults injected, ...)
 */
record Sample(double minute, double heapAfterGcMb, int threads, int tcpConnections, long fileDescriptors,
              Map<String, Long> counters) {
}
