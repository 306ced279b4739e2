package io.github.camelmartech.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.management.UnixOperatingSystemMXBean;

/** Measures this JVM: heap after a full GC, threads, established TCP connections and open file descriptors. */
final class Sampler {

    private static final Path FDS = Path.of("/proc/self/fd");
    private static final List<Path> TCP_TABLES = List.of(Path.of("/proc/self/net/tcp"), Path.of("/proc/self/net/tcp6"));
    /** The state column of /proc/net/tcp: 01 is ESTABLISHED. */
    private static final String ESTABLISHED = "01";

    private final long start = System.nanoTime();

    Sample sample(Map<String, Long> counters) {
        return new Sample((System.nanoTime() - start) / 60e9, heapAfterGcMb(), ManagementFactory.getThreadMXBean()
                .getThreadCount(), tcpConnections(), fileDescriptors(), counters);
    }

    /** A full collection, then what the heap pools held right after it (what is still referenced). */
    private static double heapAfterGcMb() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null) {
                used += afterGc.getUsed();
            }
        }
        return used / (1024.0 * 1024.0);
    }

    private static long fileDescriptors() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getOpenFileDescriptorCount() : -1;
    }

    /**
     * The connections in ESTABLISHED state whose socket is one of this process's descriptors (the tables list every
     * socket of the network namespace, the vendor's JVM's too).
     */
    private static int tcpConnections() {
        Set<String> ours = socketInodes();
        int established = 0;
        for (Path table : TCP_TABLES) {
            try (Stream<String> lines = Files.lines(table)) {
                established += (int) lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                        .filter(f -> f.length > 9 && ESTABLISHED.equals(f[3]) && ours.contains(f[9])).count();
            } catch (IOException e) {
                return -1;
            }
        }
        return established;
    }

    private static Set<String> socketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(FDS)) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed since it was listed
                }
            });
        } catch (IOException e) {
            // not Linux: no connection count
        }
        return inodes;
    }
}
